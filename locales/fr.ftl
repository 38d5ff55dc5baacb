# CSP Catalog en français.
#
# Un message par ligne : `id = texte`. Le texte entre { $accolades } est un fait que l'app
# insère (le nom d'un client, une date, un nombre déjà écrit avec son unité) : gardez-les
# tous. Un bloc { $count -> [one] … *[other] … } choisit la forme selon le nombre. La
# compilation vérifie que en.ftl a les mêmes messages avec les mêmes faits.
# Termes : ceux de l'Espace partenaires en français (Ajouter des produits, Passer en revue,
# Acheter, Historique des commandes, Qualification spéciale, Contrat client Microsoft).

## Le menu des langues

language = Langue
language-changed = L'app est maintenant en français.

## Le cadre de l'app

skip-to-content = Aller au contenu
menu = Menu
nav-main = Principal
nav-customers = Clients
nav-partner = Profil du partenaire
nav-rules = Règles
nav-training = Formation
nav-data = Données
partner-profile-title = Profil du partenaire

## Pages et termes de l'Espace partenaires

add-products = Ajouter des produits
view-products = Afficher les produits
view-skus = Afficher les références SKU
review = Passer en revue
buy = Acheter
order-history = Historique des commandes
add-to-cart = Ajouter au panier
done = Terminé

## Noms comptés : le nombre est écrit à la française (1 234) et choisit la forme (0 et 1 au singulier).

seats = { $count ->
    [one] { $count } licence
   *[other] { $count } licences
}

## Mois, pour les dates : 30 août 2022, et 2 nov. 2026 dans les tableaux

month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
month-short-1 = janv.
month-short-2 = févr.
month-short-3 = mars
month-short-4 = avr.
month-short-5 = mai
month-short-6 = juin
month-short-7 = juil.
month-short-8 = août
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = déc.

## Listes : « A, B ou C »

list-or = { $first } ou { $last }
list-none = (aucune indiquée)

## Segments, qualifications, catégories, durées

segment-commercial = Commercial
segment-education = Éducation
segment-nonprofit = But non lucratif
segment-government = Government Community Cloud
segment-offers-commercial = Les offres commerciales
segment-offers-education = Les offres Éducation
segment-offers-nonprofit = Les offres à but non lucratif
segment-offers-government = Les offres Government Community Cloud
qualification-none = Commercial (aucune qualification spéciale)
qualification-education = Éducation
qualification-nonprofit = But non lucratif
qualification-gcc = Government Community Cloud
qualification-soe = Entreprise publique
qualification-education-soe = Éducation + Entreprise publique
qualification-gcc-soe = Government Community Cloud + Entreprise publique
customer-kind-none = un client commercial (sans qualification spéciale approuvée)
customer-kind-education = un client Éducation
customer-kind-nonprofit = un client à but non lucratif
customer-kind-gcc = un client Government Community Cloud
customer-kind-soe = un client Entreprise publique
customer-kind-education-soe = un client Éducation + Entreprise publique
customer-kind-gcc-soe = un client Government Community Cloud + Entreprise publique
category-azure = Azure
category-online-services = Services en ligne
category-software = Logiciels
reseller-qualification-us-government-cloud = validation US Government Cloud
term-one-month = 1 mois
term-one-year = 1 an
term-three-years = 3 ans
billed-monthly = facturation mensuelle
billed-annually = facturation annuelle
billed-triennially = facturation tous les trois ans
billed-trial = essai gratuit
plan = { $term }, { $billed }
subscription-status-active = Actif
subscription-status-expired = Expiré
subscription-status-cancelled = Annulé
subscription-status-upgraded = Mis à niveau
subscription-status-converted = Converti en payant
region-africa = Afrique
region-asia-pacific = Asie-Pacifique
region-australia = Australie
region-brazil = Brésil
region-canada = Canada
region-china = Chine
region-europe = Europe
region-india = Inde
region-japan = Japon
region-latin-america = Amérique latine et Caraïbes
region-middle-east = Moyen-Orient
region-new-zealand = Nouvelle-Zélande
region-south-korea = Corée du Sud
region-taiwan = Taïwan
region-united-states = États-Unis

## Pourquoi une offre ne peut pas être vendue : une phrase par raison du moteur de règles

reason-bought-in-azure-portal = S'achète dans le portail Azure, pas ici : affiché à titre d'information.
reason-agreement-not-accepted = Le client n'a pas accepté le Contrat client Microsoft.
reason-agreement-accepted-later = Le client n'accepte le Contrat client Microsoft que le { $day }.
reason-segment-not-allowed = { $offers } ne peuvent pas être vendues à { $customer }.
reason-qualification-in-review = { $offers } demandent une qualification { $qualification } approuvée ; la demande de ce client est en cours d'examen depuis le { $since }.
reason-qualification-denied = { $offers } demandent une qualification { $qualification } approuvée ; la demande de ce client a été refusée ({ $why }).
reason-qualification-approved = { $offers } demandent une qualification { $qualification } approuvée ; la demande de ce client est approuvée.
reason-locked-to-government = Le client possède un abonnement Government Community Cloud ({ $subscription }) : seules des offres Government Community Cloud peuvent être achetées pour lui.
reason-partner-not-qualified = Pour vendre des produits « { $category } » aux clients « { $segment } », le partenaire doit avoir la { $needs }, qu'il n'a pas.
reason-indirect-provider-named = Les revendeurs indirects ne passent pas de commandes dans l'Espace partenaires : { $provider }, le fournisseur indirect du partenaire, les passe pour ses clients.
reason-indirect-provider-none = Les revendeurs indirects ne passent pas de commandes dans l'Espace partenaires : leur fournisseur indirect les passe, et le profil du partenaire n'en indique aucun.
reason-outside-region = Le locataire du partenaire ({ $partner_country }) ne peut vendre { $partner_region_kind ->
        [own] qu'aux clients de ce pays, qui forme à lui seul une région CSP
        [none] à aucun client : ce pays n'est dans aucune région CSP
       *[named] qu'aux clients de la région { $partner_region }
    } ; { $customer_region_kind ->
        [none] le pays du client ({ $customer_country }) n'est dans aucune région CSP
       *[named] le pays du client ({ $customer_country }) est dans la région { $customer_region }, où le partenaire n'a aucun locataire
    }.
reason-add-on-without-base = Ce module complémentaire demande un abonnement de base que le client ne possède pas : { $bases }.
reason-not-in-partner-country = Non disponible dans le pays du locataire du partenaire ({ $country }).
reason-not-in-customer-country = Non disponible dans le pays du locataire du client ({ $country }).
reason-not-yet-in-price-list = Pas encore dans la liste de prix : disponible à l'achat à partir du { $starts }.
reason-no-longer-in-price-list = N'est plus dans la liste de prix : son dernier jour était le { $ended }.
reason-trial-already-used = Le client a déjà eu cet essai (commencé le { $started }) ; il n'y a qu'un essai par offre.
reason-quantity-missing = Saisissez une quantité.
reason-quantity-not-whole-number = La quantité doit être un nombre entier ; « { $input } » n'en est pas un.
reason-quantity-below-minimum = Le nombre demandé ({ $requested }) est inférieur au minimum ({ $minimum }).
reason-quantity-above-maximum = Le nombre demandé ({ $requested }) dépasse le maximum ({ $maximum }).
reason-exceeds-pooled-limit = Le nombre demandé ({ $requested }) dépasse la limite restante ({ $remaining }) (les références pour petites entreprises partagent { $limit } par client).
reason-trial-seats-fixed = Un essai porte sur exactement { $seats }, pas { $requested }.
reason-exceeds-customer-limit = Le nombre demandé ({ $requested }) dépasse la limite restante ({ $remaining }) (au plus { $limit } par client, en comptant ce qu'il possède et ce qui est dans le panier).
reason-line-above-maximum = Le panier contient déjà { $in_cart } de cette offre pour cette durée ; en ajouter { $requested } ferait { $total }, au-delà du maximum de { $maximum }.
reason-trial-already-in-cart = Cet essai est déjà dans le panier, pour ses { $seats } fixes ; il n'y a qu'un essai par offre.
reason-subscription-not-active = Cet abonnement est { $status } : ses licences ne peuvent pas changer.
reason-usage-billed-has-no-seats = Cet abonnement est facturé à l'utilisation : il n'a pas de licences à changer.
reason-trial-seats-cannot-change = Un essai porte sur exactement { $seats } : convertissez-le en abonnement payant pour les changer.
reason-subscription-above-maximum = L'abonnement a { $owned } ; en ajouter { $requested } ferait { $total }, au-delà du maximum de { $maximum }.
reason-subscription-below-minimum = L'abonnement a { $owned } ; en retirer { $requested } le laisserait sous son minimum de { $minimum } : pour l'arrêter, désactivez le renouvellement automatique ou annulez sa ligne de commande.
reason-reduction-window-closed = Les licences ne peuvent être retirées que dans les 168 heures qui suivent l'achat, un renouvellement ou leur ajout ; pour cette période, ce délai a pris fin le { $closed } : ses licences sont engagées jusqu'à la fin de la période, le { $term_ends }.
reason-plan-not-offered = Cette offre n'est pas vendue pour une durée de { $plan }.
reason-upgrade-no-path = { $from } ne peut pas être mis à niveau vers { $to } : il n'a aucun chemin de mise à niveau.
reason-upgrade-not-allowed = { $from } ne peut pas être mis à niveau vers { $to } : il ne peut l'être que vers { $allowed }.
reason-upgrade-more-than-owned = L'abonnement a { $owned } : impossible d'en déplacer { $requested }.
reason-only-recent-seats-removable = Seules les licences ajoutées ces 168 dernières heures ({ $removable }) peuvent être retirées maintenant (jusqu'au { $until }), pas { $requested }.

## Noms des pays (CLDR, comme les navigateurs et Microsoft les affichent)

country-ad = Andorre
country-ae = Émirats arabes unis
country-af = Afghanistan
country-ag = Antigua-et-Barbuda
country-ai = Anguilla
country-al = Albanie
country-am = Arménie
country-ao = Angola
country-aq = Antarctique
country-ar = Argentine
country-as = Samoa américaines
country-at = Autriche
country-au = Australie
country-aw = Aruba
country-ax = Îles Åland
country-az = Azerbaïdjan
country-ba = Bosnie-Herzégovine
country-bb = Barbade
country-bd = Bangladesh
country-be = Belgique
country-bf = Burkina Faso
country-bg = Bulgarie
country-bh = Bahreïn
country-bi = Burundi
country-bj = Bénin
country-bl = Saint-Barthélemy
country-bm = Bermudes
country-bn = Brunei
country-bo = Bolivie
country-bq = Pays-Bas caribéens
country-br = Brésil
country-bs = Bahamas
country-bt = Bhoutan
country-bv = Île Bouvet
country-bw = Botswana
country-by = Biélorussie
country-bz = Belize
country-ca = Canada
country-cc = Îles Cocos
country-cd = Congo-Kinshasa
country-cf = République centrafricaine
country-cg = Congo-Brazzaville
country-ch = Suisse
country-ci = Côte d’Ivoire
country-ck = Îles Cook
country-cl = Chili
country-cm = Cameroun
country-cn = Chine
country-co = Colombie
country-cr = Costa Rica
country-cu = Cuba
country-cv = Cap-Vert
country-cw = Curaçao
country-cx = Île Christmas
country-cy = Chypre
country-cz = Tchéquie
country-de = Allemagne
country-dj = Djibouti
country-dk = Danemark
country-dm = Dominique
country-do = République dominicaine
country-dz = Algérie
country-ec = Équateur
country-ee = Estonie
country-eg = Égypte
country-eh = Sahara occidental
country-er = Érythrée
country-es = Espagne
country-et = Éthiopie
country-fi = Finlande
country-fj = Fidji
country-fk = Îles Malouines
country-fm = Micronésie
country-fo = Îles Féroé
country-fr = France
country-ga = Gabon
country-gb = Royaume-Uni
country-gd = Grenade
country-ge = Géorgie
country-gf = Guyane française
country-gg = Guernesey
country-gh = Ghana
country-gi = Gibraltar
country-gl = Groenland
country-gm = Gambie
country-gn = Guinée
country-gp = Guadeloupe
country-gq = Guinée équatoriale
country-gr = Grèce
country-gs = Géorgie du Sud-et-les Îles Sandwich du Sud
country-gt = Guatemala
country-gu = Guam
country-gw = Guinée-Bissau
country-gy = Guyana
country-hk = R.A.S. chinoise de Hong Kong
country-hm = Îles Heard-et-MacDonald
country-hn = Honduras
country-hr = Croatie
country-ht = Haïti
country-hu = Hongrie
country-id = Indonésie
country-ie = Irlande
country-il = Israël
country-im = Île de Man
country-in = Inde
country-io = Territoire britannique de l’océan Indien
country-iq = Irak
country-ir = Iran
country-is = Islande
country-it = Italie
country-je = Jersey
country-jm = Jamaïque
country-jo = Jordanie
country-jp = Japon
country-ke = Kenya
country-kg = Kirghizstan
country-kh = Cambodge
country-ki = Kiribati
country-km = Comores
country-kn = Saint-Christophe-et-Niévès
country-kp = Corée du Nord
country-kr = Corée du Sud
country-kw = Koweït
country-ky = Îles Caïmans
country-kz = Kazakhstan
country-la = Laos
country-lb = Liban
country-lc = Sainte-Lucie
country-li = Liechtenstein
country-lk = Sri Lanka
country-lr = Liberia
country-ls = Lesotho
country-lt = Lituanie
country-lu = Luxembourg
country-lv = Lettonie
country-ly = Libye
country-ma = Maroc
country-mc = Monaco
country-md = Moldavie
country-me = Monténégro
country-mf = Saint-Martin
country-mg = Madagascar
country-mh = Îles Marshall
country-mk = Macédoine du Nord
country-ml = Mali
country-mm = Myanmar (Birmanie)
country-mn = Mongolie
country-mo = R.A.S. chinoise de Macao
country-mp = Îles Mariannes du Nord
country-mq = Martinique
country-mr = Mauritanie
country-ms = Montserrat
country-mt = Malte
country-mu = Maurice
country-mv = Maldives
country-mw = Malawi
country-mx = Mexique
country-my = Malaisie
country-mz = Mozambique
country-na = Namibie
country-nc = Nouvelle-Calédonie
country-ne = Niger
country-nf = Île Norfolk
country-ng = Nigeria
country-ni = Nicaragua
country-nl = Pays-Bas
country-no = Norvège
country-np = Népal
country-nr = Nauru
country-nu = Niue
country-nz = Nouvelle-Zélande
country-om = Oman
country-pa = Panama
country-pe = Pérou
country-pf = Polynésie française
country-pg = Papouasie-Nouvelle-Guinée
country-ph = Philippines
country-pk = Pakistan
country-pl = Pologne
country-pm = Saint-Pierre-et-Miquelon
country-pn = Îles Pitcairn
country-pr = Porto Rico
country-ps = Territoires palestiniens
country-pt = Portugal
country-pw = Palaos
country-py = Paraguay
country-qa = Qatar
country-re = La Réunion
country-ro = Roumanie
country-rs = Serbie
country-ru = Russie
country-rw = Rwanda
country-sa = Arabie saoudite
country-sb = Îles Salomon
country-sc = Seychelles
country-sd = Soudan
country-se = Suède
country-sg = Singapour
country-sh = Sainte-Hélène
country-si = Slovénie
country-sj = Svalbard et Jan Mayen
country-sk = Slovaquie
country-sl = Sierra Leone
country-sm = Saint-Marin
country-sn = Sénégal
country-so = Somalie
country-sr = Suriname
country-ss = Soudan du Sud
country-st = Sao Tomé-et-Principe
country-sv = Salvador
country-sx = Saint-Martin (partie néerlandaise)
country-sy = Syrie
country-sz = Eswatini
country-tc = Îles Turques-et-Caïques
country-td = Tchad
country-tf = Terres australes françaises
country-tg = Togo
country-th = Thaïlande
country-tj = Tadjikistan
country-tk = Tokelau
country-tl = Timor oriental
country-tm = Turkménistan
country-tn = Tunisie
country-to = Tonga
country-tr = Turquie
country-tt = Trinité-et-Tobago
country-tv = Tuvalu
country-tw = Taïwan
country-tz = Tanzanie
country-ua = Ukraine
country-ug = Ouganda
country-um = Îles mineures éloignées des États-Unis
country-us = États-Unis
country-uy = Uruguay
country-uz = Ouzbékistan
country-va = État de la Cité du Vatican
country-vc = Saint-Vincent-et-les Grenadines
country-ve = Venezuela
country-vg = Îles Vierges britanniques
country-vi = Îles Vierges des États-Unis
country-vn = Viêt Nam
country-vu = Vanuatu
country-wf = Wallis-et-Futuna
country-ws = Samoa
country-ye = Yémen
country-yt = Mayotte
country-za = Afrique du Sud
country-zm = Zambie
country-zw = Zimbabwe
