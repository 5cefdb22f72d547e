/// The words the benchmark corpus is made of: French news vocabulary written for it.
///
/// Names are invented; places and organisations are common ones, so that the gazetteer
/// has work to do. `{…}` in a template is a slot `SentenceMaker` fills.
enum CorpusVocabulary {
    static let firstNames = [
        "Claire", "Mathieu", "Nadia", "Julien", "Sophie", "Karim", "Élodie", "Thomas", "Amina", "Laurent",
        "Inès", "François", "Léa", "Olivier", "Yasmine", "Bertrand", "Camille", "Hugo", "Margot", "Samir",
        "Hélène", "Antoine", "Fatou", "Grégoire", "Maëlle", "Rachid", "Isabelle", "Pierre-Yves", "Chloé", "Denis",
    ]

    static let lastNames = [
        "Vasseur", "Leroux", "Benali", "Garnier", "Lemoine", "Diallo", "Fontaine", "Marchetti", "Roussel",
        "Aubry", "Keller", "Morel", "Haddad", "Perrin", "Collet", "N’Diaye", "Lacombe", "Delorme", "Ferrand",
        "Guérin", "Boucher", "Moreau-Lévy", "Texier", "Ouedraogo", "Carpentier", "Blanchard", "Santini", "Royer",
    ]

    /// Titles before a name: "le ministre de l’Intérieur, Claire Vasseur".
    static let titles = [
        "le ministre de l’Intérieur", "la ministre des Affaires étrangères", "le Premier ministre",
        "la présidente de la région", "le maire de la ville", "le porte-parole du gouvernement",
        "la secrétaire générale du syndicat", "le préfet", "la procureure de la République",
        "le président du conseil départemental", "la députée", "le sénateur", "l’ambassadeur de France",
        "la directrice générale de l’entreprise", "le délégué syndical", "le chef de la diplomatie",
        "la ministre de la Santé", "le président de la fédération", "l’entraîneur", "la juge d’instruction",
    ]

    static let places = [
        "Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Bordeaux", "Strasbourg", "Rennes", "Grenoble",
        "Montpellier", "Saint-Étienne", "Bruxelles", "Genève", "Berlin", "Madrid", "Rome", "Rabat", "Dakar", "Tunis",
        "Alger", "Montréal", "Abidjan", "Varsovie", "Kiev", "Jérusalem", "Washington", "Pékin", "Bamako",
    ]

    static let countries = [
        "la France", "l’Allemagne", "l’Espagne", "l’Italie", "le Maroc", "le Sénégal", "la Tunisie", "l’Algérie",
        "le Canada", "la Belgique", "la Suisse", "la Pologne", "l’Ukraine", "l’Égypte", "les États-Unis", "la Chine",
    ]

    static let organisations = [
        "l’Union européenne", "l’ONU", "la CGT", "la CFDT", "le Conseil d’État", "la SNCF", "l’OTAN",
        "la Cour des comptes", "l’Assemblée nationale", "le Sénat", "l’Unesco", "la Banque centrale européenne",
        "l’intersyndicale", "la préfecture", "le tribunal administratif", "la Commission européenne",
    ]

    static let topics = [
        "la coopération en matière de sécurité", "la réforme des retraites", "la pêche en Méditerranée",
        "le prix de l’énergie", "l’accueil des réfugiés", "la rénovation des écoles", "le transport ferroviaire",
        "la lutte contre la sécheresse", "les salaires dans la fonction publique", "la sécurité alimentaire",
        "le budget de la culture", "la construction d’un tramway", "la protection du littoral",
    ]

    static let crowds = ["manifestants", "salariés", "habitants", "agriculteurs", "enseignants", "supporters", "soignants"]

    static let quotes = [
        "un pas décisif pour la région", "une décision incompréhensible", "nous ne lâcherons rien",
        "le dialogue reste la seule voie", "une victoire collective", "un mépris du dialogue social",
        "il faut aller plus vite", "nous serons au rendez-vous",
    ]

    static let months = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre",
    ]

    static let weekdays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

    static let numberWords = ["deux", "trois", "quatre", "cinq", "six", "huit", "dix", "quinze"]

    /// Dates that point back from the article's date.
    static let pastDeictics = [
        "hier", "avant-hier", "ce matin", "mardi dernier", "la semaine dernière", "le mois dernier", "l’an dernier",
        "ce mercredi", "lundi", "jeudi soir", "samedi matin", "il y a {n} jours", "il y a {n} semaines",
        "plus tôt dans la journée", "aujourd’hui", "cette semaine",
    ]

    /// Dates that point forward.
    static let futureDeictics = [
        "demain", "lundi prochain", "la semaine prochaine", "le mois prochain", "dans {n} jours",
        "dans {n} semaines", "jeudi", "d’ici la fin de l’année", "l’an prochain", "ce week-end",
    ]

    /// Dates relative to the last date mentioned.
    static let anaphors = [
        "le lendemain", "la veille", "{n} jours plus tard", "le même jour", "deux jours auparavant",
        "quelques heures plus tard", "le surlendemain",
    ]

    /// Sentence templates; slots: {date} (a past date), {future}, {anaphor}, {person}, {person2},
    /// {place}, {country}, {country2}, {org}, {org2}, {topic}, {count}, {crowd}, {amount}, {pct},
    /// {quote}, {range}, {year}, {month}, {time}.
    static let templates = [
        "{Date}, {person} a reçu {person2} à {place} pour évoquer {topic}.",
        "{Person} s’est rendu {date} à {place}, où il a rencontré {person2}.",
        "Selon {org}, {count} {crowd} ont manifesté {date} dans les rues de {place}.",
        "{Person} a annoncé {date} un plan de {amount} d’euros consacré à {topic}.",
        "{Anaphor}, {person} a vivement critiqué la décision de {org}.",
        "Les négociations entre {org} et {org2} reprendront {future}, a indiqué {person}.",
        "{Person} a salué {date} « {quote} », selon un communiqué de {org}.",
        "Le procès s’ouvrira {future} devant le tribunal de {place}, a précisé {person}.",
        "Un accord sur {topic} a été signé {date} entre {country} et {country2}.",
        "Le festival se tiendra {range} à {place} et attend plus de {count} visiteurs.",
        "{Person} doit se rendre {future} à {place}, a fait savoir {org}.",
        "{Person} avait téléphoné {date} à {person2} pour discuter de {topic}.",
        "La situation reste tendue à {place}, où {count} {crowd} ont été évacués.",
        "Au {quarter} trimestre {year}, le chiffre d’affaires du groupe a progressé de {pct} %.",
        "{Person} a été élu {date} avec {pct} % des voix, devant {person2}.",
        "Le conseil municipal se réunira le {day} {month} à {time} pour voter le budget.",
        "En {month} {year}, {org} avait déjà alerté sur {topic}.",
        "{Person} et {person2} se sont entretenus {date} au téléphone.",
        "La réunion, prévue {future}, a été reportée au {day} {month}, a annoncé {org}.",
        "Depuis {year}, {country} a consacré {amount} d’euros à {topic}.",
        "« {Quote} », a déclaré {date} {person} devant la presse.",
        "La grève, entamée {date}, s’est poursuivie {anaphor} dans plusieurs dépôts de {place}.",
        "Les inondations du {day} {month} ont fait {count} sinistrés dans la région de {place}.",
        "{Person} a démissionné {date}, trois mois après sa nomination.",
        "Le texte sera examiné par {org} au printemps {year}, puis voté à l’automne.",
    ]

    /// Sentences without a date, the background most news sentences are (`CorpusGenerator`'s
    /// news density mixes them in): statements, figures, quotes and scenes, with the same slots
    /// but none of the dated ones; half describe and report no event.
    static let undatedTemplates = [
        "{Person} a rappelé que {org} n’avait pas les moyens de financer {topic}.",
        "Dans les rues de {place}, {count} {crowd} ont défilé derrière une banderole.",
        "« {Quote} », a répondu {person}, interrogé par la presse locale.",
        "Le projet prévoit un investissement de {amount} d’euros, financé en partie par {org}.",
        "{Person} estime que {topic} doit rester une priorité pour {country}.",
        "Près de {pct} % des {crowd} interrogés se disent inquiets pour leur emploi.",
        "Les discussions ont porté sur {topic}, mais aucun accord n’a été trouvé.",
        "À {place}, les commerces ont baissé le rideau et les écoles sont restées vides.",
        "{Org} réclame l’ouverture d’une enquête indépendante sur les faits.",
        "Le bilan fait état de {count} blessés, dont plusieurs dans un état grave.",
        "{Person} dénonce une mesure injuste qui pénalise surtout les plus modestes.",
        "Selon {org}, le coût total du chantier dépasse {amount} d’euros.",
        "Les élus de l’opposition ont quitté la salle en signe de protestation.",
        "{Country} et {country2} ont renforcé leur coopération sur {topic}.",
        "Sur place, les secours ont déployé d’importants moyens pour évacuer les habitants.",
        "« {Quote} », insiste {person}, qui ne cache pas sa colère.",
        "Le gouvernement n’a pas souhaité commenter ces informations.",
        "Plusieurs associations de {place} appellent à la mobilisation contre {topic}.",
        "{Person}, proche de {person2}, plaide pour un compromis avec {org}.",
        "La hausse atteint {pct} % dans les quartiers les plus touchés de {place}.",
        "La ville de {place} compte {count} habitants et trois lycées.",
        "La mesure concerne près de {count} {crowd} de la région.",
        "Le climat social est lourd à {place}.",
        "Le quartier abrite une population jeune et souvent précaire.",
        "Une partie des {crowd} vit sous le seuil de pauvreté.",
        "{Org} revendique {count} adhérents dans la région de {place}.",
        "Le site, classé, attire de nombreux visiteurs venus de {country}.",
        "L’enjeu est considérable pour {org}.",
        "Les {crowd} de {place} sont inquiets pour leur emploi.",
        "La commune est située à quelques kilomètres de {place}.",
        "Le port de {place} est le premier employeur de la région.",
        "Les tarifs varient fortement d’un quartier à l’autre.",
        "La région de {place} dispose d’un réseau de transport dense.",
        "{Country} est le premier partenaire commercial de {country2}.",
        "Le marché de l’immobilier est tendu dans le centre de {place}.",
        "Ce dossier divise profondément la majorité.",
        "Les stocks sont au plus bas dans plusieurs départements.",
        "La population de {place} est plus âgée que la moyenne nationale.",
        "Le secteur emploie {count} personnes, selon {org}.",
        "La question de {topic} est au cœur du débat.",
        "Le taux de chômage atteint {pct} % à {place}.",
        "Les loyers sont parmi les plus élevés du pays.",
    ]
}
