extension FrenchGazetteer {
    /// Demonyms in their four forms, folded, to the country or region they name, with accents.
    ///
    /// `demonyms["marocaines"] == "Maroc"`, `demonyms["americain"] == "États-Unis"`,
    /// `demonyms["israelienne"] == "Israël"`. Forms are generated from the masculine
    /// singular: "-ien" → "-ienne", "-on" → "-onne", a final e stays, s stays in the plural.
    static let demonyms: WordMap<String> = {
        var table = WordMap<String>()
        for (masculine, place) in demonymRows {
            for form in demonymForms(masculine) where table[form] == nil { table[form] = place }
        }
        return table
    }()

    /// Masculine singular and feminine singular, plural forms added: "marocain" → marocaine, marocains…
    static func demonymForms(_ masculine: String) -> [String] {
        let feminine: String
        if let irregular = irregularFeminines[masculine] {
            feminine = irregular
        } else if masculine.hasSuffix("e") {
            feminine = masculine
        } else if masculine.hasSuffix("en") || masculine.hasSuffix("on") {
            feminine = masculine + "ne"
        } else {
            feminine = masculine + "e"
        }
        let plural = masculine.hasSuffix("s") ? masculine : masculine + "s"
        return [masculine, feminine, plural, feminine + "s"]
    }

    /// Feminines that the rules in `demonymForms` do not build.
    static let irregularFeminines: WordMap<String> = [
        "turc": "turque", "grec": "grecque", "kurde": "kurde", "basque": "basque", "andorran": "andorrane",
        "afghan": "afghane", "kenyan": "kenyane", "letton": "lettone", "nippon": "nipponne",
    ]

    /// The demonym table by masculine singular; earlier rows win.
    static let demonymRows: [(String, String)] = [
        ("afghan", "Afghanistan"), ("sud africain", "Afrique du Sud"), ("albanais", "Albanie"),
        ("algerien", "Algérie"), ("allemand", "Allemagne"), ("americain", "États-Unis"),
        ("andorran", "Andorre"), ("angolais", "Angola"), ("saoudien", "Arabie saoudite"),
        ("argentin", "Argentine"), ("armenien", "Arménie"), ("australien", "Australie"),
        ("autrichien", "Autriche"), ("azerbaidjanais", "Azerbaïdjan"), ("azeri", "Azerbaïdjan"),
        ("bahreini", "Bahreïn"), ("bangladais", "Bangladesh"), ("belge", "Belgique"), ("beninois", "Bénin"),
        ("bielorusse", "Biélorussie"), ("birman", "Birmanie"), ("bolivien", "Bolivie"), ("bosnien", "Bosnie"),
        ("bresilien", "Brésil"), ("britannique", "Royaume-Uni"), ("anglais", "Angleterre"),
        ("ecossais", "Écosse"), ("gallois", "Pays de Galles"), ("bulgare", "Bulgarie"),
        ("burkinabe", "Burkina Faso"), ("burundais", "Burundi"), ("cambodgien", "Cambodge"),
        ("camerounais", "Cameroun"), ("canadien", "Canada"), ("capverdien", "Cap-Vert"),
        ("centrafricain", "Centrafrique"), ("chilien", "Chili"), ("chinois", "Chine"), ("chypriote", "Chypre"),
        ("colombien", "Colombie"), ("comorien", "Comores"), ("congolais", "Congo"), ("coreen", "Corée"),
        ("sud coreen", "Corée du Sud"), ("nord coreen", "Corée du Nord"), ("costaricien", "Costa Rica"),
        ("ivoirien", "Côte d'Ivoire"), ("croate", "Croatie"), ("cubain", "Cuba"), ("danois", "Danemark"),
        ("djiboutien", "Djibouti"), ("dominicain", "République dominicaine"), ("egyptien", "Égypte"),
        ("emirati", "Émirats arabes unis"), ("equatorien", "Équateur"), ("erythreen", "Érythrée"),
        ("espagnol", "Espagne"), ("estonien", "Estonie"), ("ethiopien", "Éthiopie"), ("finlandais", "Finlande"),
        ("francais", "France"), ("gabonais", "Gabon"), ("gambien", "Gambie"), ("georgien", "Géorgie"),
        ("ghaneen", "Ghana"), ("grec", "Grèce"), ("guatemalteque", "Guatemala"), ("guineen", "Guinée"),
        ("haitien", "Haïti"), ("hondurien", "Honduras"), ("hongrois", "Hongrie"), ("indien", "Inde"),
        ("indonesien", "Indonésie"), ("irakien", "Irak"), ("iranien", "Iran"), ("irlandais", "Irlande"),
        ("islandais", "Islande"), ("israelien", "Israël"), ("italien", "Italie"), ("jamaicain", "Jamaïque"),
        ("japonais", "Japon"), ("nippon", "Japon"), ("jordanien", "Jordanie"), ("kazakh", "Kazakhstan"),
        ("kenyan", "Kenya"), ("kirghiz", "Kirghizistan"), ("kosovar", "Kosovo"), ("koweitien", "Koweït"),
        ("laotien", "Laos"), ("letton", "Lettonie"), ("libanais", "Liban"), ("liberien", "Liberia"),
        ("libyen", "Libye"), ("lituanien", "Lituanie"), ("luxembourgeois", "Luxembourg"),
        ("macedonien", "Macédoine du Nord"), ("malgache", "Madagascar"), ("malaisien", "Malaisie"),
        ("malien", "Mali"), ("maltais", "Malte"), ("marocain", "Maroc"), ("mauricien", "Maurice"),
        ("mauritanien", "Mauritanie"), ("mexicain", "Mexique"), ("moldave", "Moldavie"),
        ("monegasque", "Monaco"), ("mongol", "Mongolie"), ("montenegrin", "Monténégro"),
        ("mozambicain", "Mozambique"), ("namibien", "Namibie"), ("nepalais", "Népal"),
        ("nicaraguayen", "Nicaragua"), ("nigerian", "Nigeria"), ("nigerien", "Niger"), ("norvegien", "Norvège"),
        ("neo zelandais", "Nouvelle-Zélande"), ("omanais", "Oman"), ("ougandais", "Ouganda"),
        ("ouzbek", "Ouzbékistan"), ("pakistanais", "Pakistan"), ("palestinien", "Palestine"),
        ("panameen", "Panama"), ("paraguayen", "Paraguay"), ("neerlandais", "Pays-Bas"),
        ("hollandais", "Pays-Bas"), ("peruvien", "Pérou"), ("philippin", "Philippines"), ("polonais", "Pologne"),
        ("portugais", "Portugal"), ("qatari", "Qatar"), ("roumain", "Roumanie"), ("russe", "Russie"),
        ("rwandais", "Rwanda"), ("salvadorien", "Salvador"), ("senegalais", "Sénégal"), ("serbe", "Serbie"),
        ("singapourien", "Singapour"), ("slovaque", "Slovaquie"), ("slovene", "Slovénie"),
        ("somalien", "Somalie"), ("soudanais", "Soudan"), ("sud soudanais", "Soudan du Sud"),
        ("sri lankais", "Sri Lanka"), ("suedois", "Suède"), ("suisse", "Suisse"), ("syrien", "Syrie"),
        ("tadjik", "Tadjikistan"), ("taiwanais", "Taïwan"), ("tanzanien", "Tanzanie"), ("tchadien", "Tchad"),
        ("tcheque", "Tchéquie"), ("thailandais", "Thaïlande"), ("togolais", "Togo"), ("tunisien", "Tunisie"),
        ("turkmene", "Turkménistan"), ("turc", "Turquie"), ("ukrainien", "Ukraine"), ("uruguayen", "Uruguay"),
        ("venezuelien", "Venezuela"), ("vietnamien", "Viêt Nam"), ("yemenite", "Yémen"), ("zambien", "Zambie"),
        ("zimbabween", "Zimbabwe"), ("sovietique", "URSS"), ("tibetain", "Tibet"), ("sahraoui", "Sahara occidental"),
        ("gazaoui", "Gaza"), ("cisjordanien", "Cisjordanie"), ("kurde", "Kurdistan"), ("tchetchene", "Tchétchénie"),
        ("catalan", "Catalogne"), ("basque", "Pays basque"), ("quebecois", "Québec"), ("corse", "Corse"),
        ("breton", "Bretagne"), ("alsacien", "Alsace"), ("parisien", "Paris"), ("marseillais", "Marseille"),
        ("lyonnais", "Lyon"), ("europeen", "Europe"), ("africain", "Afrique"), ("asiatique", "Asie"),
        ("latino americain", "Amérique latine"), ("maghrebin", "Maghreb"), ("sahelien", "Sahel"),
        ("caribeen", "Caraïbes"), ("antillais", "Antilles"),
    ]
}
