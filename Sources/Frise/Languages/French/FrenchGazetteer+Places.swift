extension FrenchGazetteer {
    /// Places by key: countries, territories, regions and cities in their French names.
    ///
    /// `places["etats unis"] == .country`, `places["cisjordanie"] == .territory`. A name with a
    /// leading article is also keyed without it, since French contracts it: "Le Caire" gives
    /// "le caire" and "caire" ("au Caire"). A name in two rows keeps the first: countries, then
    /// territories, regions, cities ("Djibouti" is a country, "Gaza" a territory).
    static let places: WordMap<PlaceKind> = {
        var table = WordMap<PlaceKind>()
        for (kind, names) in placeRows {
            for name in names {
                for key in placeKeys(name) where table[key] == nil { table[key] = kind }
            }
        }
        return table
    }()

    /// The keys of a place name: itself, and without its leading article unless `keptArticles` says not.
    static func placeKeys(_ name: String) -> [String] {
        let full = key(name)
        guard !keptArticles.contains(full),
              let article = ["le ", "la ", "les ", "l "].first(where: full.hasPrefix) else { return [full] }
        return [full, String(full.dropFirst(article.count))]
    }

    /// Names whose article stays: without it they are first names ("Dominique", "Salvador").
    static let keptArticles: WordSet = ["la dominique", "le salvador"]

    // Left out on purpose, because the capitalised word is more often something else: "Maurice" alone
    // (a first name; "île Maurice" is kept), "Nancy", "Florence" and "Victoria" (first names), "Orange"
    // (the company), "Sens" (the noun), "La Réunion" with its article ("la réunion" is a meeting),
    // the départements "Cher" and "Lot" alone (an adjective and a noun; "Loir-et-Cher" is kept).
    static let placeRows: [(PlaceKind, [String])] = [
        (.country, [
            "Afghanistan", "Afrique du Sud", "Albanie", "Algérie", "Allemagne", "Andorre", "Angola",
            "Antigua-et-Barbuda", "Arabie saoudite", "Argentine", "Arménie", "Australie", "Autriche", "Azerbaïdjan",
            "Bahamas", "Bahreïn", "Bangladesh", "Barbade", "Belgique", "Belize", "Bénin", "Bhoutan", "Biélorussie",
            "Bélarus", "Birmanie", "Myanmar", "Bolivie", "Bosnie-Herzégovine", "Bosnie", "Botswana", "Brésil",
            "Brunei", "Bulgarie", "Burkina Faso", "Burkina", "Burundi", "Cambodge", "Cameroun", "Canada",
            "Cap-Vert", "Centrafrique", "République centrafricaine", "Chili", "Chine", "Chypre", "Colombie",
            "Comores", "Congo", "République du Congo", "Congo-Brazzaville", "République démocratique du Congo",
            "RDC", "RD Congo", "Congo-Kinshasa", "Corée du Nord", "Corée du Sud", "Corée", "Costa Rica",
            "Côte d'Ivoire", "Croatie", "Cuba", "Danemark", "Djibouti", "La Dominique", "République dominicaine",
            "Égypte", "Émirats arabes unis", "Émirats", "Équateur", "Érythrée", "Espagne", "Estonie", "Eswatini",
            "Swaziland", "États-Unis", "États-Unis d'Amérique", "Éthiopie", "Fidji", "Finlande", "France", "Gabon",
            "Gambie", "Géorgie", "Ghana", "Grèce", "Grenade", "Guatemala", "Guinée", "Guinée-Bissau",
            "Guinée équatoriale", "Guyana", "Haïti", "Honduras", "Hongrie", "Inde", "Indonésie", "Irak", "Iraq",
            "Iran", "Irlande", "Islande", "Israël", "Italie", "Jamaïque", "Japon", "Jordanie", "Kazakhstan",
            "Kenya", "Kirghizistan", "Kiribati", "Kosovo", "Koweït", "Laos", "Lesotho", "Lettonie", "Liban",
            "Liberia", "Libéria", "Libye", "Liechtenstein", "Lituanie", "Luxembourg", "Macédoine du Nord",
            "Macédoine", "Madagascar", "Malaisie", "Malawi", "Maldives", "Mali", "Malte", "Maroc", "Îles Marshall",
            "Île Maurice", "Mauritanie", "Mexique", "Micronésie", "Moldavie", "Monaco", "Mongolie", "Monténégro",
            "Mozambique", "Namibie", "Nauru", "Népal", "Nicaragua", "Niger", "Nigeria", "Nigéria", "Norvège",
            "Nouvelle-Zélande", "Oman", "Ouganda", "Ouzbékistan", "Pakistan", "Palaos", "Palestine",
            "État de Palestine", "Territoires palestiniens", "Panama", "Papouasie-Nouvelle-Guinée", "Paraguay",
            "Pays-Bas", "Hollande", "Pérou", "Philippines", "Pologne", "Portugal", "Qatar", "Roumanie",
            "Royaume-Uni", "Grande-Bretagne", "Angleterre", "Écosse", "Pays de Galles", "Irlande du Nord", "Russie",
            "Fédération de Russie", "Rwanda", "Saint-Kitts-et-Nevis", "Sainte-Lucie", "Saint-Marin",
            "Saint-Vincent-et-les-Grenadines", "Îles Salomon", "Le Salvador", "El Salvador", "Samoa",
            "Sao Tomé-et-Principe", "Sénégal", "Serbie", "Seychelles", "Sierra Leone", "Singapour", "Slovaquie",
            "Slovénie", "Somalie", "Soudan", "Soudan du Sud", "Sri Lanka", "Suède", "Suisse", "Suriname", "Syrie",
            "Tadjikistan", "Taïwan", "Tanzanie", "Tchad", "Tchéquie", "République tchèque", "Thaïlande",
            "Timor oriental", "Timor-Leste", "Togo", "Tonga", "Trinité-et-Tobago", "Tunisie", "Turkménistan",
            "Turquie", "Tuvalu", "Ukraine", "Uruguay", "Vanuatu", "Vatican", "Saint-Siège", "Venezuela",
            "Viêt Nam", "Vietnam", "Yémen", "Zambie", "Zimbabwe", "URSS", "Union soviétique", "Yougoslavie",
        ]),
        (.territory, [
            "Cisjordanie", "Gaza", "Bande de Gaza", "Jérusalem-Est", "Golan", "Plateau du Golan",
            "Sahara occidental", "Crimée", "Donbass", "Donbas", "Louhansk", "Transnistrie", "Abkhazie",
            "Ossétie du Sud", "Haut-Karabakh", "Karabakh", "Cachemire", "Tibet", "Hong Kong", "Macao", "Groenland",
            "Porto Rico", "Guam", "Nouvelle-Calédonie", "Polynésie française", "Polynésie", "Tahiti", "Guadeloupe",
            "Martinique", "Guyane", "Réunion", "Mayotte", "Saint-Pierre-et-Miquelon", "Wallis-et-Futuna",
            "Saint-Martin", "Saint-Barthélemy", "Gibraltar", "Malouines", "Îles Malouines", "Somaliland",
            "Puntland", "Kurdistan", "Kurdistan irakien", "Rojava", "Chiapas",
        ]),
        (.region, [
            // Continents and world regions
            "Europe", "Afrique", "Asie", "Amérique", "Amériques", "Amérique latine", "Amérique du Nord",
            "Amérique du Sud", "Amérique centrale", "Océanie", "Antarctique", "Arctique", "Moyen-Orient",
            "Proche-Orient", "Extrême-Orient", "Maghreb", "Machrek", "Sahel", "Afrique du Nord",
            "Afrique de l'Ouest", "Afrique de l'Est", "Afrique centrale", "Afrique australe",
            "Afrique subsaharienne", "Corne de l'Afrique", "Golfe", "Golfe persique", "Balkans", "Caucase",
            "Asie centrale", "Asie du Sud-Est", "Scandinavie", "Méditerranée", "Mer Rouge", "Mer Noire",
            "Mer de Chine", "Caraïbes", "Antilles", "Levant", "Occident", "Orient", "Sahara", "Indo-Pacifique",
            "Pacifique", "Atlantique", "Sinaï", "Néguev", "Galilée", "Patagonie", "Sibérie", "Tigré", "Darfour",
            "Kordofan", "Xinjiang", "Catalogne", "Andalousie", "Pays basque", "Bavière", "Flandre", "Wallonie",
            "Lombardie", "Toscane", "Sicile", "Sardaigne", "Québec", "Ontario", "Californie", "Texas", "Floride",
            // French regions, old regions and départements
            "Île-de-France", "Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne", "Centre-Val de Loire",
            "Corse", "Grand Est", "Hauts-de-France", "Normandie", "Nouvelle-Aquitaine", "Occitanie",
            "Pays de la Loire", "Provence-Alpes-Côte d'Azur", "PACA", "Alsace", "Lorraine", "Champagne",
            "Champagne-Ardenne", "Picardie", "Aquitaine", "Limousin", "Poitou-Charentes", "Auvergne", "Rhône-Alpes",
            "Bourgogne", "Franche-Comté", "Languedoc", "Languedoc-Roussillon", "Midi-Pyrénées", "Provence",
            "Côte d'Azur", "Savoie", "Haute-Savoie", "Gironde", "Finistère", "Var", "Seine-Saint-Denis",
            "Hauts-de-Seine", "Val-de-Marne", "Bouches-du-Rhône", "Alpes-Maritimes", "Haute-Garonne", "Hérault",
            "Gard", "Vaucluse", "Isère", "Loire-Atlantique", "Pas-de-Calais", "Somme", "Moselle", "Bas-Rhin",
            "Haut-Rhin", "Morbihan", "Vendée", "Charente", "Charente-Maritime", "Landes", "Ardèche", "Drôme",
            "Essonne", "Yvelines", "Val-d'Oise", "Seine-et-Marne", "Oise", "Aisne", "Ardennes", "Calvados",
            "Mayenne", "Sarthe", "Jura", "Doubs", "Creuse", "Corrèze", "Cantal", "Lozère", "Aveyron", "Tarn",
            "Ariège", "Pyrénées", "Pyrénées-Atlantiques", "Alpes", "Massif central", "Outre-mer", "Hexagone",
            "Ain", "Allier", "Alpes-de-Haute-Provence", "Hautes-Alpes", "Aube", "Aude", "Corse-du-Sud",
            "Haute-Corse", "Côte-d'Or", "Côtes-d'Armor", "Dordogne", "Eure", "Eure-et-Loir", "Gers",
            "Ille-et-Vilaine", "Indre", "Indre-et-Loire", "Loir-et-Cher", "Loire", "Haute-Loire", "Loiret",
            "Lot-et-Garonne", "Maine-et-Loire", "Manche", "Marne", "Haute-Marne", "Meurthe-et-Moselle", "Meuse",
            "Nièvre", "Nord", "Orne", "Puy-de-Dôme", "Hautes-Pyrénées", "Pyrénées-Orientales", "Rhône",
            "Haute-Saône", "Saône-et-Loire", "Seine-Maritime", "Deux-Sèvres", "Tarn-et-Garonne", "Haute-Vienne",
            "Vosges", "Yonne", "Territoire de Belfort",
            // Rivers that name where things happen ("une pollution de la Saône")
            "Seine", "Saône", "Garonne", "Rhin",
        ]),
        (.city, [
            // France
            "Paris", "Marseille", "Lyon", "Toulouse", "Nice", "Nantes", "Montpellier", "Strasbourg", "Bordeaux",
            "Lille", "Rennes", "Reims", "Toulon", "Saint-Étienne", "Le Havre", "Grenoble", "Dijon", "Angers",
            "Nîmes", "Villeurbanne", "Clermont-Ferrand", "Le Mans", "Aix-en-Provence", "Brest", "Tours", "Amiens",
            "Limoges", "Annecy", "Perpignan", "Boulogne-Billancourt", "Metz", "Besançon", "Orléans", "Saint-Denis",
            "Argenteuil", "Rouen", "Mulhouse", "Montreuil", "Caen", "Roubaix", "Tourcoing", "Nanterre",
            "Vitry-sur-Seine", "Avignon", "Créteil", "Dunkerque", "Poitiers", "Versailles", "Courbevoie",
            "Colombes", "Aulnay-sous-Bois", "Aubervilliers", "Pau", "La Rochelle", "Calais", "Cannes", "Antibes",
            "Béziers", "Saint-Nazaire", "Colmar", "Ajaccio", "Bastia", "Bourges", "Quimper", "Valence", "Troyes",
            "Chambéry", "Lorient", "Niort", "Sarcelles", "Saint-Malo", "Beauvais", "Vannes", "Laval", "Arles",
            "Évry", "Cergy", "Meaux", "Chartres", "Angoulême", "Bayonne", "Biarritz", "Lourdes", "Carcassonne",
            "Narbonne", "Sète", "Albi", "Montauban", "Agen", "Périgueux", "Blois", "Vichy", "Nevers", "Auxerre",
            "Mâcon", "Belfort", "Épinal", "Charleville-Mézières", "Saint-Quentin", "Lens", "Arras", "Douai",
            "Valenciennes", "Cherbourg", "Évreux", "Saint-Brieuc", "Fréjus", "Hyères", "Menton", "Bobigny",
            "Saint-Ouen", "Nouméa", "Papeete", "Cayenne", "Fort-de-France", "Pointe-à-Pitre", "Mamoudzou",
            // Capitals of the world
            "Kaboul", "Pretoria", "Tirana", "Alger", "Berlin", "Luanda", "Riyad", "Buenos Aires", "Erevan",
            "Canberra", "Vienne", "Bakou", "Nassau", "Manama", "Dacca", "Dhaka", "Bruxelles", "Porto-Novo",
            "Thimphou", "Minsk", "Naypyidaw", "La Paz", "Sucre", "Sarajevo", "Gaborone", "Brasilia",
            "Sofia", "Ouagadougou", "Gitega", "Phnom Penh", "Yaoundé", "Ottawa", "Praia", "Bangui", "Santiago",
            "Pékin", "Beijing", "Nicosie", "Bogota", "Moroni", "Brazzaville", "Kinshasa", "Pyongyang", "Séoul",
            "San José", "Yamoussoukro", "Zagreb", "La Havane", "Copenhague", "Saint-Domingue", "Le Caire",
            "Abou Dhabi", "Quito", "Asmara", "Madrid", "Tallinn", "Washington", "Addis-Abeba", "Helsinki",
            "Libreville", "Banjul", "Tbilissi", "Accra", "Athènes", "Conakry", "Bissau", "Malabo", "Port-au-Prince",
            "Tegucigalpa", "Budapest", "New Delhi", "Jakarta", "Bagdad", "Téhéran", "Dublin", "Reykjavik",
            "Jérusalem", "Rome", "Kingston", "Tokyo", "Amman", "Astana", "Nairobi", "Bichkek", "Pristina",
            "Vientiane", "Riga", "Beyrouth", "Monrovia", "Tripoli", "Vilnius", "Skopje", "Antananarivo",
            "Lilongwe", "Kuala Lumpur", "Malé", "Bamako", "La Valette", "Nouakchott", "Port-Louis", "Mexico",
            "Chisinau", "Oulan-Bator", "Podgorica", "Rabat", "Maputo", "Windhoek", "Katmandou", "Managua", "Niamey",
            "Abuja", "Oslo", "Wellington", "Mascate", "Kampala", "Tachkent", "Islamabad", "Ramallah",
            "Asuncion", "Amsterdam", "La Haye", "Lima", "Manille", "Varsovie", "Lisbonne", "Doha", "Bucarest",
            "Londres", "Moscou", "Kigali", "Dakar", "Belgrade", "Freetown", "Bratislava", "Ljubljana", "Mogadiscio",
            "Khartoum", "Djouba", "Colombo", "Stockholm", "Berne", "Paramaribo", "Damas", "Douchanbé", "Taipei",
            "Dodoma", "N'Djamena", "Ndjamena", "Prague", "Bangkok", "Dili", "Lomé", "Port-d'Espagne", "Tunis",
            "Achgabat", "Ankara", "Kiev", "Kyiv", "Montevideo", "Caracas", "Hanoï", "Sanaa", "Lusaka", "Harare",
            // Americas, Asia, Oceania
            "New York", "Los Angeles", "Chicago", "San Francisco", "Miami", "Boston", "Houston", "Seattle",
            "Las Vegas", "Atlanta", "Philadelphie", "Détroit", "Dallas", "La Nouvelle-Orléans", "Montréal",
            "Toronto", "Vancouver", "São Paulo", "Rio de Janeiro", "Medellín", "Guadalajara", "Monterrey",
            "Shanghai", "Guangzhou", "Shenzhen", "Wuhan", "Chongqing", "Tianjin", "Nankin", "Osaka", "Kyoto",
            "Hiroshima", "Nagasaki", "Fukushima", "Bombay", "Mumbai", "Calcutta", "Bangalore", "Chennai",
            "Hyderabad", "Karachi", "Lahore", "Hô Chi Minh-Ville", "Saïgon", "Sydney", "Melbourne", "Auckland",
            // Africa
            "Johannesburg", "Le Cap", "Durban", "Lagos", "Kano", "Abidjan", "Douala", "Cotonou", "Bujumbura",
            "Dar es Salaam", "Mombasa", "Goma", "Lubumbashi", "Bukavu", "Pointe-Noire", "Tombouctou", "Gao",
            "Kidal", "Mopti", "Agadez", "Maiduguri", "Casablanca", "Marrakech", "Fès", "Tanger", "Agadir", "Oujda",
            "Meknès", "Laâyoune", "Dakhla", "Tétouan", "Oran", "Constantine", "Annaba", "Tlemcen", "Sfax", "Sousse",
            "Kairouan", "Benghazi", "Misrata", "Alexandrie", "Louxor", "Assouan", "Charm el-Cheikh", "Port-Saïd",
            "Suez",
            // Middle East
            "Tel-Aviv", "Haïfa", "Eilat", "Ashdod", "Ashkelon", "Sdérot", "Beer-Sheva", "Netanya", "Naplouse",
            "Hébron", "Jénine", "Tulkarem", "Qalqilya", "Jéricho", "Bethléem", "Rafah", "Khan Younès", "Jabaliya",
            "Beit Hanoun", "Deir el-Balah", "Tyr", "Sidon", "Saïda", "Baalbek", "Djeddah", "La Mecque", "Médine",
            "Dubaï", "Istanbul", "Izmir", "Antalya", "Alep", "Homs", "Idlib", "Raqqa", "Deir ez-Zor", "Hama",
            "Lattaquié", "Mossoul", "Bassora", "Kirkouk", "Erbil", "Falloujah", "Tabriz", "Ispahan", "Qom",
            "Kandahar", "Hérat", "Aden", "Hodeida",
            // Europe
            "Saint-Pétersbourg", "Novossibirsk", "Kazan", "Sotchi", "Volgograd", "Kaliningrad", "Vladivostok",
            "Grozny", "Belgorod", "Koursk", "Kharkiv", "Kharkov", "Kherson", "Zaporijjia", "Zaporijia", "Odessa",
            "Lviv", "Dnipro", "Marioupol", "Bakhmout",
            "Donetsk", "Mykolaïv", "Boutcha", "Irpin", "Soumy", "Tchernihiv", "Avdiïvka", "Sébastopol",
            "Simferopol", "Munich", "Hambourg", "Francfort", "Cologne", "Düsseldorf", "Stuttgart", "Leipzig",
            "Dresde", "Bonn", "Barcelone", "Séville", "Bilbao", "Malaga", "Milan", "Naples", "Turin", "Venise",
            "Gênes", "Palerme", "Bologne", "Manchester", "Liverpool", "Birmingham", "Édimbourg", "Glasgow",
            "Belfast", "Oxford", "Cambridge", "Genève", "Zurich", "Bâle", "Lausanne", "Anvers", "Liège", "Gand",
            "Charleroi", "Namur", "Rotterdam", "Porto", "Cracovie", "Gdansk", "Salzbourg", "Davos", "Thessalonique",
        ]),
    ]
}
