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
language-unknown = La langue « { $tag } » indiquée dans l'adresse n'est pas disponible : l'app parle anglais et français.
notice-words-not-loaded = Les textes en { $language } n'ont pas pu être chargés ({ $why }) : l'app continue en anglais. Rechargez la page pour réessayer.

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
done = Terminé, retour à l'historique des commandes
free = Gratuit

## Noms comptés : le nombre est écrit à la française (1 234) et choisit la forme (0 et 1 au singulier).

seats = { $count ->
    [one] { $count } licence
   *[other] { $count } licences
}

## Mois, pour les dates : 30 août 2022, et 2 nov. 2026 dans les tableaux

instant = { $date } à { $time } UTC
local-time = { $time } heure locale
local-time-day = { $day }, { $time } heure locale
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
list-and = { $first } et { $last }
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
category-software = Logiciel
reseller-qualification-us-government-cloud = validation US Government Cloud
reseller-qualification-gcc = validation GCC
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
publisher-microsoft = Microsoft
publisher-partner = Partenaire
billing-license = Licence
billing-usage = Utilisation
business-productivity = Productivité
business-collaboration = Collaboration
business-communications = Communications
business-security = Sécurité
business-compliance = Conformité
business-identity-and-access = Identité et accès
business-business-applications = Applications métier
business-analytics = Analytique
business-compute = Calcul
business-databases = Bases de données
business-storage = Stockage
business-developer-tools = Outils de développement
business-education = Éducation
sort-name = Nom
sort-price-low-to-high = Prix : croissant
sort-price-high-to-low = Prix : décroissant
partner-type-direct-bill = Partenaire de facturation directe
partner-type-indirect-provider = Fournisseur indirect
partner-type-indirect-reseller = Revendeur indirect
status-approved = Approuvée
status-in-review = En cours d'examen
status-denied = Refusée

## Pourquoi une offre ne peut pas être vendue : une phrase par raison du moteur de règles

reason-bought-in-azure-portal = S'achète dans le portail Azure, pas ici : affiché à titre d'information.
reason-bought-in-government-partner-center = Vendu depuis l'Espace partenaires pour Microsoft Cloud pour le gouvernement des États-Unis, un Espace partenaires distinct, pas depuis celui-ci.
reason-agreement-not-accepted = Le client n'a pas accepté le Contrat client Microsoft.
reason-agreement-accepted-later = Le client n'accepte le Contrat client Microsoft que le { $day }.
reason-segment-not-allowed = { $offers } ne peuvent pas être vendues à { $customer }.
reason-qualification-in-review = { $offers } demandent une qualification { $qualification } approuvée ; la demande de ce client est en cours d'examen depuis le { $since }.
reason-qualification-denied = { $offers } demandent une qualification { $qualification } approuvée ; la demande de ce client a été refusée ({ $why }).
reason-qualification-approved = { $offers } demandent une qualification { $qualification } approuvée ; la demande de ce client est approuvée.
reason-locked-to-government = Le client possède un abonnement Government Community Cloud ({ $subscription }) : seules des offres Government Community Cloud peuvent être achetées pour lui.
reason-partner-not-qualified = Pour vendre des produits « { $category } » aux clients « { $segment } », le partenaire doit avoir la { $needs }, qu'il n'a pas.
reason-indirect-provider-named = Les revendeurs indirects ne passent pas de commandes dans l'Espace partenaires : { $provider }, le fournisseur indirect du partenaire, les passe pour ses clients.
reason-indirect-provider-none = Les revendeurs indirects ne passent pas de commandes dans l'Espace partenaires : leur fournisseur indirect les passe, et le profil du partenaire n'en indique aucun.
reason-outside-region = Le locataire du partenaire ({ $partner_country }) ne peut vendre { $partner_region_kind ->
        [own] qu'aux clients de ce pays, qui forme à lui seul une région CSP
        [none] à aucun client : ce pays n'est dans aucune région CSP
       *[named] qu'aux clients de la région { $partner_region }
    } ; { $customer_region_kind ->
        [none] le pays du client ({ $customer_country }) n'est dans aucune région CSP
       *[named] le pays du client ({ $customer_country }) est dans la région { $customer_region }, où le partenaire n'a aucun locataire
    }.
reason-add-on-without-base = Ce module complémentaire demande un abonnement de base que le client ne possède pas : { $bases }.
reason-teams-suite-for-existing-customers = Depuis le { $since }, un client nouveau aux suites Entreprise achète la suite sans Teams et Microsoft Teams Enterprise ; seul un client qui possède déjà une suite avec Teams peut acheter celle-ci.
reason-term-only-longer = En cours de période, une durée ne peut que s'allonger au-delà de { $term }, jamais raccourcir ; une durée plus courte ou une autre fréquence de facturation se règle pour le renouvellement.
reason-reservation-without-azure-plan = Une réservation Azure s'achète pour un client qui a un plan Azure, et ce client n'en a pas : achetez d'abord son plan Azure.
reason-trial-of-owned-product = Le client possède déjà { $owned } : un essai est pour un produit qu'il n'a pas encore.
reason-software-not-reducible = L'Espace partenaires ne permet aucune réduction de licences sur un abonnement logiciel : il peut être annulé dans son délai, et sa quantité changée pour la période suivante.
reason-reservation-not-reducible = La quantité d'une réservation Azure n'est jamais réduite : elle est échangée ou remboursée (annulée) à la place.
reason-not-in-partner-country = Non disponible dans le pays du locataire du partenaire ({ $country }).
reason-not-in-customer-country = Non disponible dans le pays du locataire du client ({ $country }).
reason-not-yet-in-price-list = Pas encore dans la liste de prix : disponible à l'achat à partir du { $starts }.
reason-no-longer-in-price-list = N'est plus dans la liste de prix : son dernier jour était le { $ended }.
reason-trial-already-used = Le client a déjà eu cet essai (commencé le { $started }) ; il n'y a qu'un essai par offre.
reason-quantity-missing = Saisissez une quantité.
reason-quantity-not-whole-number = La quantité doit être un nombre entier ; « { $input } » n'en est pas un.
reason-quantity-below-minimum = Le nombre demandé ({ $requested }) est inférieur au minimum ({ $minimum }).
reason-quantity-above-maximum = Le nombre demandé ({ $requested }) dépasse le maximum ({ $maximum }).
reason-exceeds-pooled-limit = Le nombre demandé ({ $requested }) dépasse la limite restante ({ $remaining }) (les références pour petites entreprises partagent { $limit } par client).
reason-trial-seats-fixed = Un essai porte sur exactement { $seats }, pas { $requested }.
reason-exceeds-customer-limit = Le nombre demandé ({ $requested }) dépasse la limite restante ({ $remaining }) (au plus { $limit } par client, en comptant ce qu'il possède et ce qui est dans le panier).
reason-line-above-maximum = Le panier contient déjà { $in_cart } de cette offre pour cette durée ; en ajouter { $requested } ferait { $total }, au-delà du maximum de { $maximum }.
reason-trial-already-in-cart = Cet essai est déjà dans le panier, pour ses { $seats } fixes ; il n'y a qu'un essai par offre.
reason-subscription-not-active = Cet abonnement est { $status } : ses licences ne peuvent pas changer.
reason-usage-billed-has-no-seats = Cet abonnement est facturé à l'utilisation : il n'a pas de licences à changer.
reason-trial-seats-cannot-change = Un essai porte sur exactement { $seats } : convertissez-le en abonnement payant pour les changer.
reason-subscription-above-maximum = L'abonnement a { $owned } ; en ajouter { $requested } ferait { $total }, au-delà du maximum de { $maximum }.
reason-subscription-below-minimum = L'abonnement a { $owned } ; en retirer { $requested } le laisserait sous son minimum de { $minimum } : pour l'arrêter, désactivez le renouvellement automatique ou annulez sa ligne de commande.
reason-reduction-window-closed = Les licences ne peuvent être retirées que dans les 168 heures qui suivent l'achat, un renouvellement ou leur ajout ; pour cette période, ce délai a pris fin le { $closed } : ses licences sont engagées jusqu'à la fin de la période, le { $term_ends }.
reason-plan-not-offered = Cette offre n'est pas vendue pour une durée de { $plan }.
reason-upgrade-no-path = { $from } ne peut pas être mis à niveau vers { $to } : il n'a aucun chemin de mise à niveau.
reason-upgrade-not-allowed = { $from } ne peut pas être mis à niveau vers { $to } : il ne peut l'être que vers { $allowed }.
reason-upgrade-more-than-owned = L'abonnement a { $owned } : impossible d'en déplacer { $requested }.
reason-only-recent-seats-removable = Seules les licences ajoutées ces 168 dernières heures ({ $removable }) peuvent être retirées maintenant (jusqu'au { $until }), pas { $requested }.

## Ajouter des produits

breadcrumb = Fil d'Ariane
add-products-lead = Toutes les offres du catalogue que ce partenaire peut vendre à ce client aujourd'hui. Activez « { $show_blocked } » pour voir les autres, chacune avec ses raisons.
add-products-lead-blocked = Toutes les offres du catalogue, celles que ce partenaire ne peut pas vendre à ce client aujourd'hui étant signalées, chacune avec ses raisons.
cart-items = { $count ->
    [one] article dans le panier
   *[other] articles dans le panier
}
cart-review = Passer en revue →
what-if-on = Le mode « Et si » est activé : les verdicts ci-dessous utilisent les faits hypothétiques du panneau « Et si… ? », et rien ne peut être ajouté au panier.
what-if-back = Revenir aux faits réels
products-count = { $count ->
    [one] { $count } produit
   *[other] { $count } produits
}
skus-count = { $count ->
    [one] { $count } référence SKU
   *[other] { $count } références SKU
}
result-count-products = { $products } ({ $skus })
result-count-hidden = { $count ->
    [one] { $count } autre référence SKU que ce client ne peut pas acheter
   *[other] { $count } autres références SKU que ce client ne peut pas acheter
}
list-skus = Références SKU
list-products = Produits
per-user-per-month = par utilisateur et par mois
per-unit-per-month = par unité et par mois
per-device-per-month = par appareil et par mois
per-room-per-month = par salle et par mois
per-workload-per-month = par charge de travail et par mois
per-environment-per-month = par environnement et par mois
per-gigabyte-per-month = par Go et par mois
per-core-pack-per-month = par pack de cœurs et par mois
per-server-per-month = par serveur et par mois
per-licence-per-month = par licence et par mois
empty-nothing-sellable = Rien ici ne peut être vendu à ce client, pour la raison ci-dessus.
empty-no-match = Aucun résultat pour ces filtres.
empty-hint-nothing-sellable = Activez « { $show_blocked } » pour parcourir le catalogue avec les raisons de chaque offre.
empty-hint-blocked-hidden = Des offres correspondent mais ce client ne peut pas les acheter : activez « { $show_blocked } » pour voir pourquoi.
empty-hint-filters = Remettez les filtres sur « Tous », ou utilisez « { $why } » pour chercher dans tout le catalogue.
agreement-accepted-on = Accepté le { $day }
agreement-not-accepted = Non accepté
sold-by = { $partner } ({ $partner_type }), depuis son locataire : { $country }
assumed = supposé
fact-customer = Client
fact-tenant-country = Pays du locataire
fact-special-qualification = Qualification spéciale
fact-customer-agreement = Contrat client
fact-sold-by = Vendu par
nothing-to-sell = Rien dans le catalogue ne peut être vendu à ce client :
fix-record-agreement = Enregistrer l'acceptation du Contrat client Microsoft par le client
fix-open-partner-profile = Ouvrir le profil du partenaire
category-tabs = Catégories de produits
filter-the-catalog = Filtrer le catalogue
search = Rechercher
search-placeholder = Nom, description ou identifiant
any = Tous
filter-segment = Segment
filter-publisher = Éditeur
filter-billing-type = Type de facturation
filter-category = Catégorie
filter-sort = Trier par
category-trial = Essai
view = Affichage
show-blocked = Afficher les offres que ce client ne peut pas acheter
changed-this-month = Modifié ce mois-ci
badge-added = Nouveau ce mois-ci
badge-price-changed = Prix modifié pour { $plan } : { $before } → { $now }
badge-price-changed-plan = { $plan } : { $before } avant, { $now } dans la liste de prix du mois
badge-changed = Modifié ce mois-ci
import-changes = La liste de prix du mois indique { $prices ->
        [one] { $prices } prix modifié
       *[other] { $prices } prix modifiés
    } et { $skus ->
        [one] { $skus } référence SKU ajoutée
       *[other] { $skus } références SKU ajoutées
    }.
import-changes-since = Cette liste de prix n'indique pas ce qui a changé : elle a été comparée à { $file }, la liste importée avant elle. { $prices ->
        [one] { $prices } prix modifié
       *[other] { $prices } prix modifiés
    } et { $skus ->
        [one] { $skus } référence SKU ajoutée
       *[other] { $skus } références SKU ajoutées
    }.
clear-filters = Effacer tous les filtres
badge-trial = Essai
badge-add-on = Module complémentaire
catalog-item-id = Identifiant de l'article du catalogue
add-on-for = Module complémentaire de : { $bases }
cant-be-sold = Ne peut pas être vendu à ce client :
usage-based = À l'utilisation
blocked-all = Ne peut pas être vendu : { $reason }.
blocked-all-more = Ne peut pas être vendu : { $reason } (entre autres).
blocked-some = { $blocked } { $listed ->
    [one] référence SKU sur { $listed } ne peut pas être vendue
   *[other] références SKU sur { $listed } ne peuvent pas être vendues
} : { $reason }.
blocked-some-more = { $blocked } { $listed ->
    [one] référence SKU sur { $listed } ne peut pas être vendue
   *[other] références SKU sur { $listed } ne peuvent pas être vendues
} : { $reason } (entre autres).
volume-tiers = Paliers de volume : { $tiers }
price-from = À partir du { $day } : { $price }
not-added = Non ajouté : { $why }
added-more = Ajouté : { $quantity } de plus × { $title } ; la ligne du panier en compte maintenant { $total }.
added = Ajouté au panier : { $quantity } × { $title }.
added-not-saved = Ajouté au panier sur cette page, sans pouvoir l'enregistrer : { $quantity } × { $title }.
term-and-billing = Durée et facturation
billing = Facturation
pay-as-you-go = Paiement à l'utilisation, mensuel à terme échu
unit-price-whole-term = Prix unitaire, durée entière
plans-side-by-side = Toutes les durées et facturations ({ $count })
col-per-month = Par mois
col-whole-term = Durée entière
col-billing-premium = Majoration
plans-premium-note = Prix unitaires de la liste de prix en vigueur ce jour. La majoration est ce qu'une facturation ajoute au prix le plus bas de la même durée.
quantity = Quantité
add-to-cart-named = Ajouter au panier : { $title }
price-erp-margin = Prix de détail estimé { $erp } · marge { $margin } ({ $percent } %)
price-erp-margin-title = Le prix de détail estimé par Microsoft (ERP Price) et votre marge : le prix unitaire est votre coût.
margin-total = Marge aux prix de détail estimés
limits-trial = Les essais portent sur exactement { $seats }, pendant { $days } jours.
limits-range = { $minimum } à { $maximum } par abonnement
limits-pool =  ; il reste { $remaining } des { $limit } licences pour petites entreprises
limits-no-maximum = { $minimum } ou plus par abonnement
limits-per-customer =  ; un client peut en détenir { $limit } : il en reste { $remaining }
qualification-none-badge = Aucune
qualification-approved = Approuvée
qualification-in-review-since = En cours d'examen depuis le { $day }
qualification-denied-why = Refusée : { $why }

## Et si et Pourquoi ne puis-je pas trouver

why-cant-i-find = Pourquoi ne puis-je pas trouver… ?
why-search-label = Nom ou identifiant d'une offre, dans tout le catalogue
why-search-placeholder = p. ex. Business Central Premium
why-none = Aucune offre du catalogue n'a ce nom ou cet identifiant.
can-be-sold = ✓ Peut être vendu à ce client.
hidden-because = Absent de la liste : { $why }.
hidden-tab = l'offre est sous l'onglet { $tab }
hidden-segment = le filtre Segment la masque
hidden-publisher = le filtre Éditeur la masque
hidden-billing = le filtre Type de facturation la masque
hidden-category = le filtre Catégorie la masque
hidden-search = le texte recherché ne lui correspond pas
hidden-cannot-buy = les offres que ce client ne peut pas acheter sont masquées
hidden-not-changed = « Modifié ce mois-ci » est activé, et la liste de prix du mois ne la marque ni nouvelle ni modifiée
what-if-title = Et si… ?
what-if-hint = Changez des faits pour cette page seulement. Le client et le partenaire enregistrés restent tels quels.
what-if-open = Essayer d'autres faits
what-if-customer = Le client
what-if-partner = Le partenaire
what-if-qualification = Qualification spéciale (approuvée)
what-if-agreement = Contrat client
what-if-partner-type = Type de partenaire
what-if-us-gov = Validation US Government Cloud
what-if-gcc = Validation GCC
as-it-is = Tel quel : { $value }
as-it-is-none = aucune
status-lower-approved = approuvée
status-lower-in-review = en cours d'examen
status-lower-denied = refusée
accepted-lower = accepté
not-accepted-lower = non accepté
accepted = Accepté
validated = Validée
not-validated = Non validée
validated-lower = validée
not-validated-lower = non validée
gained = { $count ->
    [one] +{ $count } gagnée
   *[other] +{ $count } gagnées
}
lost = { $count ->
    [one] −{ $count } perdue
   *[other] −{ $count } perdues
}
gained-title = Gagnées
lost-title = Perdues
and-more = et { $count } de plus
what-if-reset = Réinitialiser « Et si »
qualification-and-status = { $qualification }, { $status }

## Formulaires

field-qualification = Qualification
field-status = Statut
field-partner-type = Type de partenaire
qualification-none-commercial = Aucune (commercial)

## Le jour, la liste de prix, le pied de page

today-is = Aujourd'hui :
app-day = Le jour de l'app
app-day-help = Les verdicts, les prix et les délais d'annulation suivent ce jour, dans cet onglet seulement. Ce qui est enregistré garde ses vraies dates.
move-to-day = Passer à ce jour
back-to-real-date = Revenir à la vraie date
app-day-is = Le jour de l'app est le { $day }.
really-it-is = En réalité, nous sommes le { $day }.
price-list-other-market = Ce client est facturé selon la liste de prix du pays { $customer_market }{ $billed_in }. Ces prix sont ceux de la liste de prix du pays { $catalog_market }, en { $catalog_currency }, affichés pour référence : importez la liste de prix du pays { $customer_market } dans la page Données pour les prix que l'Espace partenaires facturerait.
billed-in = , en { $currency }
buy-in-catalog-currency = Acheter passe cette commande en { $currency }, aux prix de la liste de prix du pays { $catalog_market }, pour référence.
countries-unknown = Cette liste de prix a été importée sans sa matrice d'offres : on ne sait donc pas ici où chaque offre peut être vendue, et aucune offre n'est refusée pour un pays (hors pays sous embargo). Importez la matrice d'offres avec la liste de prix dans la page Données pour vérifier la disponibilité par pays.
footer-built-in = Catalogue intégré (marché américain, prix en USD ; là où Microsoft ne publie ni prix ni date, ses prix et dates sont des illustrations) :
footer-synthetic = Catalogue synthétique ({ $name }, pour les tests de charge, prix en USD) :
footer-restoring = Chargement du catalogue importé { $file }…
footer-imported = Catalogue importé ({ $file }, prix en { $currency }) :
footer-products = { $count ->
        [one] produit,
       *[other] produits,
    }
footer-skus = { $count ->
        [one] référence SKU,
       *[other] références SKU,
    }
footer-offers = { $count ->
        [one] offre
       *[other] offres
    } (une référence SKU pour un segment et une période). Verdicts au { $day }.

## Erreurs de jour

day-not-a-date = « { $text } » n'est pas une date : saisissez-la au format AAAA-MM-JJ, par exemple 2026-12-05.
day-out-of-range = Choisissez un jour entre le { $earliest } et le { $latest }.

## Clients

customers-title = Clients
new-customer = Nouveau client
customers-lead = Sélectionnez la ligne d'un client pour lui ajouter des produits. Le pays du locataire du client, sa qualification spéciale et le Contrat client Microsoft décident de ce que vous pouvez lui vendre.
data-stays-here = Tout ce que vous saisissez reste dans ce navigateur : rien n'est envoyé nulle part. Pour le retrouver sur un autre appareil, d'un téléphone à un ordinateur par exemple, exportez toutes les données sur l'un et importez le fichier sur l'autre.
data-stays-here-link = Exporter ou importer toutes les données
customer-saved = { $name } a été enregistré. Ses actions sont ouvertes ci-dessous.
col-customer = Client
col-tenant-country = Pays du locataire
col-special-qualification = Qualification spéciale
col-customer-agreement = Contrat client Microsoft
col-subscriptions = Abonnements
accepted-short = Accepté le { $day }
accepted-by = par { $name }
served-from = servi depuis : { $country }
add-products-for = Ajouter des produits pour { $name }
subscriptions = Abonnements
subscriptions-of = Abonnements de { $name }
view-orders = Afficher les commandes
view-orders-of = Afficher les commandes de { $name }
edit-customer = Modifier le client
edit-customer-named = Modifier le client { $name }

## Passer en revue

review-title = Vérifier vos commandes
review-lead = Vérifiez les lignes, modifiez les quantités ou les durées, puis Acheter. Chaque ligne est de nouveau vérifiée par les règles au moment de l'achat.
cart-empty = Le panier est vide.
cart-bought-as = Il a été acheté, peut-être dans un autre onglet, sous le numéro de commande
order-lines = Lignes de commande
col-offer = Offre
col-term-and-billing = Durée et facturation
col-quantity = Quantité
col-unit-price = Prix unitaire
col-line-price = Prix de la ligne
remove = Supprimer
remove-from-cart = Supprimer { $title } du panier
total = Total
add-more-products = Ajouter d'autres produits
lines-blocked = { $count ->
    [one] { $count } ligne ne peut pas être achetée ; corrigez-la ou supprimez-la.
   *[other] { $count } lignes ne peuvent pas être achetées ; corrigez-les ou supprimez-les.
}
cart-keeps = Le panier garde { $quantity } jusqu'à ce que la quantité soit corrigée.
pay-as-you-go-short = Paiement à l'utilisation
term-and-billing-for = Durée et facturation pour { $title }
quantity-of = Quantité de { $title }
problem-not-in-catalog = Cette offre n'est plus dans le catalogue.
problem-plan-not-offered = Cette durée et cette fréquence de facturation ne sont pas proposées pour elle ; choisissez-en une autre.
problem-end-outside-term = Cette ligne ne peut se terminer que d'aujourd'hui au { $full }, dernier jour d'une période entière ; le { $ends } n'en fait pas partie : choisissez une autre date de fin ou la période entière.
ends-with = Avec { $name }, fin le { $day }
full-term-ends = Période entière, fin le { $day }
term-end-for = Fin de période de { $title }
cart-line-gone = Cette ligne n'est plus dans le panier : elle a été modifiée dans un autre onglet.
cart-gone = Cette offre ou ce client n'est plus là ; rechargez la page.
buy-cart-empty = Le panier est vide : il a peut-être été acheté ou vidé dans un autre onglet.
buy-lines-blocked = Certaines lignes ne peuvent plus être achetées ; elles sont signalées ci-dessous.

## Commandes

created-at = { $day }, { $time } UTC
export-csv = Exporter en CSV
export-json = Exporter en JSON
no-orders = Aucune commande pour ce client pour l'instant.
orders-newest-first = Commandes, les plus récentes en premier
col-order-number = Numéro de commande
col-created = Créée le
col-items = Articles
col-status = Statut
col-total = Total
order-status-completed = Terminée
order-status-cancelled = Annulée
order-status-partly-cancelled = Partiellement annulée
order-not-found = Commande introuvable
order-not-found-detail = Il n'y a pas de commande avec ce numéro pour ce client.
line-cancelled = La ligne { $line } a été annulée. Remboursement : { $refund }.
order-placed = Votre commande a été passée.
order-placed-next = Les abonnements sont maintenant actifs pour le client : gérez leurs licences et leur renouvellement dans
order-title = Commande
print = Imprimer
line-items = Lignes de la commande
col-price = Prix
col-subscription = Abonnement
col-line = Ligne
cancellable-until = Annulable jusqu'au { $until }
usage-nothing-to-cancel = Facturé à l'utilisation : rien à annuler
cancelled-refunded = Annulé le { $day } · remboursé { $refund }
cancel-question = Annuler { $name } (ligne { $line }) ? Le client est remboursé de { $refund }. Cette action est irréversible.
subscription-active = Actif
cancel-line = Annuler la ligne { $line } (remboursement { $refund })
confirm-cancel-line = Confirmer l'annulation de la ligne { $line }
yes-cancel = Oui, l'annuler
keep-it = La garder
refunded = Remboursé
account-seats-added = { $seats ->
        [one] { $seats } licence ajoutée
       *[other] { $seats } licences ajoutées
    } à { $name } le { $day }
account-seats-removed = Remboursement : { $seats ->
        [one] { $seats } licence retirée
       *[other] { $seats } licences retirées
    } de { $name } le { $day }
account-cancelled = Remboursement : { $name } annulé le { $day }
account-term-lengthened = { $name } passé à une durée plus longue le { $day }
account-term-credit = Crédit : le reste de la période de facturation précédente de { $name }, le { $day }
account-renewed = { $name } renouvelé pour une nouvelle période le { $day } ({ $seats ->
        [one] { $seats } licence
       *[other] { $seats } licences
    })
total-after-refunds = Total après remboursements
cancellation-policy-hint = Les abonnements basés sur des licences et les logiciels peuvent être annulés dans les { $hours } heures suivant l'achat ou un renouvellement, avec un remboursement au prorata de la première facture de cette période ; les SaaS tiers dans les { $saas_hours } heures suivant l'achat, avec un remboursement complet ; un essai à tout moment pendant l'essai ; une réservation Azure à tout moment pendant sa durée, pour l'engagement restant.
cancel-no-such-line = Il n'y a pas de ligne { $line } dans cette commande.
cancel-already = Cet abonnement a déjà été annulé le { $day }.
cancel-not-yet-bought = Cet abonnement a été acheté le { $at }, après le jour utilisé : avancez le jour pour l'annuler.
cancel-window-closed = Cet abonnement ne pouvait être annulé que dans les { $hours } heures suivant { $opened ->
        [renewal] son renouvellement
        [upgraded-from] l'achat ou le renouvellement de l'abonnement dont il est la mise à niveau
       *[purchase] son achat
    } ; ce délai s'est terminé le { $closed }.
cancel-trial-ended = Cet essai a pris fin le { $at } ; il n'y a plus rien à annuler.
cancel-term-ended = La durée de cette réservation a pris fin le { $at } ; il n'y a plus rien à annuler.
cancel-usage-billed = Le plan Azure est facturé à l'utilisation : il n'y a rien à annuler ni à rembourser.

## Erreurs d'annulation

cancel-reservation-limit = Annuler cette réservation rembourserait { $refund }, plus que les { $left } restants sur les { $limit } de réservations qu'un client peut annuler sur 12 mois glissants.
cancel-no-such-order = Cette commande n'est plus enregistrée ici : elle a peut-être été supprimée dans un autre onglet.

## Motifs de refus que Microsoft donne

denial-education = Pas un établissement d'enseignement accrédité
denial-nonprofit = Pas inscrit au programme Microsoft pour les organismes à but non lucratif
denial-gcc = Pas une entité gouvernementale américaine ni un sous-traitant admissible
denial-soe = Pas détenu ni contrôlé par l'État

## Introuvable et données enregistrées

back-to-customers = Retour à la liste des clients
page-not-found = Page introuvable
page-not-found-detail = Il n'y a pas de page à l'adresse { $path }. Le lien est peut-être mal saisi ou périmé.
customer-not-found = Client introuvable
customer-not-found-detail = Il n'y a pas de client avec l'identifiant « { $id } ». Il a peut-être été supprimé, ou le lien est mal saisi.
download-it = Le télécharger
discard-it = Supprimer la valeur
dismiss = Fermer
notice-quarantined = La valeur enregistrée « { $key } » n'a pas pu être lue : { $why }. Elle a été mise de côté sous « { $aside } » et l'app continue sans elle ; téléchargez-la ou supprimez-la ci-dessous.
notice-still-quarantined = Une valeur enregistrée illisible est toujours mise de côté sous « { $key } » ; téléchargez-la ou supprimez-la ci-dessous.
notice-not-kept = Ce navigateur ne permet pas à l'app de conserver des données pour ce site (données de site bloquées, ou page dans un cadre isolé). Tout fonctionne, mais clients, paniers et commandes ne durent que jusqu'au rechargement ou à la fermeture de cet onglet : autorisez les données de site pour ce site afin de les conserver.
notice-write-failed = Impossible d'enregistrer « { $key } » : { $why }. Ce qui était enregistré avant est inchangé.
decode-not-json = ce n'est pas du JSON valide ({ $detail })
decode-foreign = ce n'est pas une valeur de CSP Catalog (ni type ni version)
decode-wrong-kind = on y trouve { $found }, et non { $expected }
decode-future-version = cela a été écrit par une version plus récente de CSP Catalog (format { $found } ; cette version lit jusqu'au format { $supported })
decode-invalid = le contenu n'est pas valide pour le type « { $kind } » ({ $detail })
decode-missing = le contenu n'est pas valide pour le type « { $kind } » : il manque le champ { $found } à { $at }
decode-out-of-range = le contenu n'est pas valide pour le type « { $kind } » : { $at } vaut { $found }, une valeur impossible ici
decode-wrong-type = le contenu n'est pas valide pour le type « { $kind } » : { $at } vaut { $found }, qui n'est pas le genre de valeur attendu
decode-unknown-word = le contenu n'est pas valide pour le type « { $kind } » : { $at } vaut « { $found } », un mot que cette version ne connaît pas ici

## Abonnements

subscriptions-lead = Chaque abonnement tel qu'il est le { $day }. Des licences peuvent être ajoutées à tout moment ; elles ne peuvent être retirées que dans les 168 heures qui suivent l'achat, un renouvellement ou leur ajout. Sélectionnez un abonnement pour le gérer.
no-subscriptions = Aucun abonnement pour l'instant.
no-subscriptions-hint = Ce que ce client achète apparaît ici.
col-seats = Licences
col-current-term = Période en cours
col-auto-renew = Renouvellement automatique
on = Activé
off = Désactivé
billed-for-usage = Facturé à l'utilisation
no-term = Aucune période
renews-on-with = Au renouvellement le { $day } : { $seats }, { $plan }
renews-on-as = Au renouvellement le { $day } : { $edition }, { $seats }, { $plan }
renews-on = Renouvellement le { $day }
ends-on = Prend fin le { $day }
converts-on = Devient payant le { $day }
ended-on = A pris fin le { $day }
term-cancelled = Annulé
term-upgraded = Ses licences sont passées à une édition supérieure
term-converted = Devenu un abonnement payant
days-left = { $count ->
    [one] le dernier jour
   *[other] les { $count } jours restants
}
seats-added = Ajout de { $seats } à { $name } : { $now } maintenant. Facturé { $amount } pour { $days } de cette période de facturation.
seats-removed = Retrait de { $seats } de { $name } : { $now } maintenant. Remboursement : { $amount } pour { $days } de cette période de facturation.
unmanageable-status = Cet abonnement est { $status } : rien ne peut y changer.
unmanageable-usage = Cet abonnement est facturé à l'utilisation : il n'a ni licences ni période à gérer.
auto-renew-on = Le renouvellement automatique est activé : l'abonnement est renouvelé à la fin de sa période.
auto-renew-off = Le renouvellement automatique est désactivé : l'abonnement prend fin avec sa période.
trial-auto-renew-on = Le renouvellement automatique est activé : l'essai devient un abonnement payant à la fin de ses 30 jours.
trial-auto-renew-off = Le renouvellement automatique est désactivé : l'essai prend fin après ses 30 jours, sans rien à payer.
seats-to-change = Licences à ajouter ou retirer ({ $now } maintenant)
add-seats = Ajouter des licences
remove-seats = Retirer des licences
renew-automatically = Renouveler automatiquement à la fin de la période
convert-automatically = Devenir payant à la fin de l'essai (renouvellement automatique)
trial-converts-hint = Le { $day }, cet essai devient { $paid } pour { $seats }, facturé dès ce jour, sauf si le renouvellement automatique est désactivé avant.
trial-ends-hint = Cet essai prend fin le { $day } sans rien à payer ; activez le renouvellement automatique pour le garder en abonnement payant.
trial-converted = { $name } est devenu un abonnement payant le { $day }, car son renouvellement automatique était activé : commande { $order }, { $seats } de { $paid }.
trial-not-converted = { $name } n'a pas pu devenir payant le { $day }, il a donc pris fin : { $why }
no-upgrade-path = { $name } n'a aucun chemin de mise à niveau.
moved-converted = Converti en payant : { $seats } de { $title }{ $plan }, sur la commande { $order } à partir d'aujourd'hui.
moved-upgraded = Mis à niveau : { $seats } de { $title }{ $plan }, sur la commande { $order }, d'aujourd'hui à la fin de la période le { $ends }.
convert-to-paid = Convertir en payant
paid-edition = Édition payante
convert-hint = Un essai devient un abonnement payant de son produit pendant ses 30 jours, à partir d'aujourd'hui ; sinon, il prend fin.
upgrade = Mettre à niveau
upgrade-to = Mettre à niveau vers
seats-to-move = Licences à déplacer (vide : toutes)
upgrade-hint = Les licences passent sur un nouvel abonnement de l'édition supérieure, qui se termine avec la période de celui-ci et garde son délai d'annulation, au prix des jours restants ; le reste demeure ici.
window-all-seats = Toutes les licences peuvent être retirées jusqu'au { $until } (168 heures après le début de la période).
window-recent-seats = Seules les licences ajoutées ces 168 dernières heures ({ $seats }) peuvent être retirées, jusqu'au { $until }.
window-closed = Le délai de 168 heures pour retirer des licences est passé : elles sont engagées jusqu'à la fin de la période, le { $day }.
at-renewal-saved = Au renouvellement : { $seats }, { $plan }.
schedule-cleared = Ce qui était prévu au renouvellement a été effacé, comme le fait un changement en cours de période.
at-renewal-saved-as = Au renouvellement : { $edition }, { $seats }, { $plan }.
edition-at-renewal = Édition
keep-edition = { $edition } (comme maintenant)
at-renewal = Au renouvellement
term-lengthened = La durée est maintenant { $plan } dès aujourd'hui : { $charge } facturés pour sa première période de facturation, { $credit } crédités pour le reste de la précédente.
longer-term-hint = En cours de période, une durée ne peut que s'allonger : une nouvelle période commence aujourd'hui au prix du jour, sa première période de facturation est facturée et le reste de l'actuelle est crédité. Une durée plus courte ou une autre fréquence de facturation se règle pour le renouvellement.
change-term-now = Changer la durée maintenant
longer-term = Une durée plus longue, dès aujourd'hui
save-renewal = Enregistrer les changements de renouvellement
change-not-found = Cet abonnement ne fait pas partie de ceux du client : il a peut-être été supprimé dans un autre onglet.
change-offer-not-in-catalog = L'offre de cet abonnement n'est pas dans le catalogue utilisé : ses limites et son prix sont inconnus ici.
change-not-renewable = Cet abonnement n'a pas de période à renouveler : il est facturé à l'utilisation, ou c'est un essai.
change-not-upgradable = Seul un abonnement payant peut être mis à niveau ; un essai est plutôt converti en payant.
change-not-a-trial = Seul un essai peut être converti en payant.
change-not-a-conversion = Un essai ne se convertit qu'en une édition payante de son propre produit.
change-not-a-renewal-edition = Cet abonnement ne peut pas être renouvelé dans cette édition : seulement dans une édition vers laquelle sa référence se met à niveau, ou qui se met à niveau vers elle.

## Titres des pages (aussi dessinés par index.html avant le démarrage de l'app)

rules-title = Règles
rules-lead = Ce que le moteur de règles vérifie pour chaque offre, partenaire et client. Les tableaux ci-dessous sont les données mêmes du moteur.
partner-lead = Votre entreprise telle que l'Espace partenaires la connaît. Le pays du locataire et les qualifications revendeur décident de ce que vous pouvez vendre.
data-title = Données
training-title = Formation
training-theme-unknown = Le thème « { $theme } » de l'adresse n'est pas un thème de l'entraînement : affichage de { $shown }.
training-lead = Ce partenaire peut-il vendre cette offre à ce client ? Répondez, choisissez les raisons, et le moteur de règles corrige : chaque question est une vraie situation tirée du catalogue et des clients de démonstration.
training-preparing = Préparation des exercices…
frame-loading = Chargement du catalogue…
frame-slow = Toujours en chargement ? L'app a besoin d'un navigateur avec JavaScript et WebAssembly activés. Rechargez la page pour réessayer.

## Les règles, telles que la page Règles et la Formation les montrent

rule-title-purchase-channel = Acheté dans le portail Azure
rule-explanation-purchase-channel = Certains articles sont listés à titre d'information seulement : ils s'achètent dans le portail Azure, pas depuis la page Ajouter des produits ; Azure pour le secteur public américain se vend depuis l'Espace partenaires pour Microsoft Cloud pour le gouvernement des États-Unis, un Espace partenaires à part.
rule-source-purchase-channel = Espace partenaires, « Vue d’ensemble des offres pour les partenaires du programme Fournisseur de solutions Cloud », SaaS et autres produits de la Place de marché Azure (« doivent être achetés depuis le portail Azure, et non depuis l'Espace partenaires ») ; les pages de l'Espace partenaires, qui s'appliquent chacune à « Espace partenaires » ou à « Espace partenaires pour Microsoft Cloud pour le gouvernement des États-Unis », et la « Azure Government authorized reseller list » (les partenaires habilités à vendre Azure Government).
rule-title-customer-agreement = Contrat client Microsoft
rule-explanation-customer-agreement = Depuis le 31 janvier 2020, chaque client doit avoir accepté le Contrat client Microsoft avant que quoi que ce soit puisse être acheté pour lui.
rule-source-customer-agreement = Espace partenaires, « Vue d’ensemble des offres pour les partenaires du programme Fournisseur de solutions Cloud » (depuis le 31 janvier 2020, tous les clients doivent avoir signé le Contrat client Microsoft) ; « Confirm customer acceptance of the Microsoft Customer Agreement ».
rule-title-segment-purchase-rules = Règles d'achat pour les segments spéciaux
rule-explanation-segment-purchase-rules = La qualification spéciale approuvée d'un client décide des segments qui peuvent lui être vendus (voir le tableau).
rule-source-segment-purchase-rules = Espace partenaires, « Vendez à des secteurs spécialisés tels que l’éducation, les personnes non lucratives et les utilisateurs gouvernementaux », Règles d’achat pour les segments spéciaux.
rule-title-qualification-approved = Seule une qualification approuvée compte
rule-explanation-qualification-approved = Une qualification en cours d'examen ou refusée ne compte pas : le client est traité comme commercial jusqu'à son approbation.
rule-source-qualification-approved = Espace partenaires, « Vendez à des secteurs spécialisés tels que l’éducation, les personnes non lucratives et les utilisateurs gouvernementaux », Vérifier les qualifications client ; les statuts de qualification client de l'API de l'Espace partenaires (In review, Approved, Denied).
rule-title-government-lock = Verrouillage GCC
rule-explanation-government-lock = Dès qu'un client possède un abonnement Government Community Cloud, aucun abonnement commercial, Éducation ou à but non lucratif ne peut plus être acheté pour lui.
rule-source-government-lock = Espace partenaires, « Vendez à des secteurs spécialisés tels que l’éducation, les personnes non lucratives et les utilisateurs gouvernementaux », Règles d’achat pour les segments spéciaux (GCC).
rule-title-reseller-qualification = Qualifications revendeur
rule-explanation-reseller-qualification = Vendre des abonnements Government Community Cloud demande la validation GCC du partenaire, et vendre Azure au secteur public (Government) sa validation US Government Cloud ; Éducation et à but non lucratif ne demandent aucune qualification revendeur.
rule-source-reseller-qualification = Espace partenaires, « Vendez à des secteurs spécialisés tels que l’éducation, les personnes non lucratives et les utilisateurs gouvernementaux », Vérifier vos qualifications revendeur ; API de l’Espace partenaires, « Obtenir les codes de validation d’un partenaire » (« Un code de validation est nécessaire pour créer un client dans le cloud de la communauté gouvernementale », donné après le formulaire formulaire d’admission à l’éligibilité au cloud de la communauté gouvernementale) ; « Office 365 Secteur Public GCC pour le partenaire CSP et les critères d’éligibilité du client ».
rule-title-indirect-reseller = Les revendeurs indirects commandent par leur fournisseur
rule-explanation-indirect-reseller = Un revendeur indirect n'achète pas auprès de Microsoft : son fournisseur indirect (distributeur) passe chaque commande dans l'Espace partenaires pour le client du revendeur, avec le revendeur comme partenaire attitré. Un revendeur indirect ne peut donc passer aucune commande ici, quelle que soit l'offre.
rule-source-indirect-reseller = Espace partenaires, « Partner with indirect resellers in the Cloud Solution Provider program » et « Create an order for a customer of an indirect reseller » (le fournisseur indirect passe la commande, avec le revendeur comme partenaire attitré).
rule-title-regional-authorization = Autorisation régionale
rule-explanation-regional-authorization = Le locataire d'un partenaire ne peut vendre qu'aux clients de sa propre région CSP : un locataire en Slovaquie vend dans toute l'Europe, y compris en Allemagne ; dix régions sont un seul pays, si bien qu'un locataire aux États-Unis ne vend à aucun client au Canada ni en Allemagne. Un partenaire qui vend dans plusieurs régions a un locataire dans chacune, et chaque client est servi depuis le locataire de sa région.
rule-source-regional-authorization = Espace partenaires, « Regional authorization overview » et la « Regional Authorization FAQ » de Microsoft (« There are 10 single country regions where transactions are limited to customers in that country »). La région de chaque territoire et pays frontalier suit la géographie là où ce tableau n'est pas explicite : une simplification propre à cette app.
rule-title-teams-suites = Suites Entreprise avec Teams pour les clients existants
rule-explanation-teams-suites = Un client nouveau aux suites Entreprise les achète sans Teams (Office 365 E1, E3, E5 et Microsoft 365 E3, E5 « (no Teams) »), avec Microsoft Teams Enterprise à côté ; un client qui possède une suite avec Teams la garde, la renouvelle, y ajoute des licences et en achète davantage. En vigueur depuis le 1er octobre 2023 dans l'Espace économique européen et en Suisse et depuis le 1er avril 2024 partout ailleurs ; les suites Business et Frontline sont toujours vendues avec Teams, et les offres Éducation, à but non lucratif et Government ne sont pas concernées.
rule-source-teams-suites = Annonce de Microsoft du 1er avril 2024 sur les suites Microsoft 365 et Office 365 sans Teams dans le monde (les nouveaux clients achètent les suites sans Teams et Microsoft Teams Enterprise ; les abonnés existants peuvent garder, renouveler, mettre à niveau et ajouter des licences), qui étend le changement fait dans l'Espace économique européen et en Suisse le 1er octobre 2023 ; notes de distributeurs (TD SYNNEX, Evolve IP) sur qui compte comme client existant et sur les offres Éducation, à but non lucratif et Government, non concernées. Quels titres sont les suites avec Teams se reconnaît à leur nom exact : la lecture propre à cette app.
rule-title-add-on-base = Les modules complémentaires demandent un prérequis chez le locataire
rule-explanation-add-on-base = Un module complémentaire est un abonnement à part entière, acheté dans le catalogue comme toute offre, dès que le locataire possède l'un de ses prérequis (un abonnement de base compatible) ; il n'est pas acheté sur une base choisie, et annuler ou laisser finir le prérequis ensuite laisse le module complémentaire tel quel.
rule-source-add-on-base = Espace partenaires, « Vue d’ensemble des offres pour les partenaires du programme Fournisseur de solutions Cloud », Résolution des problèmes liés aux achats dans le catalogue (« Déterminez si vous souhaitez acheter un module complémentaire ou une offre de base ») ; « Introduction : modules complémentaires du nouveau commerce » (un module complémentaire est un abonnement à part entière, et son prérequis doit être possédé par le locataire). Ce que fait Microsoft d'un module complémentaire dont le prérequis est annulé ensuite n'est pas vérifié : cette app le laisse actif. Les bases que chaque module complémentaire Teams accepte : les licences des modules complémentaires Teams de Microsoft (Teams Phone est inclus dans E5 et s'ajoute aux autres suites ou à Teams Enterprise ; un forfait d'appels demande Teams Phone ; Teams Premium demande une licence avec Teams).
rule-title-reservation-azure-plan = Les réservations demandent un plan Azure
rule-explanation-reservation-azure-plan = Une réservation Azure réduit le coût de l'utilisation d'Azure du client pendant un ou trois ans : elle s'achète pour un client qui a un plan Azure.
rule-source-reservation-azure-plan = Espace partenaires, « Acheter des réservations Azure pour le compte de vos clients » et Azure, « Purchase Azure reservations » (une réservation s'applique à l'utilisation d'Azure des abonnements du client sous son plan Azure ; les réservations ne sont pas vendues dans tous les marchés, ce que disent les pays de la matrice d'offres). Qu'un client doive posséder son plan Azure avant d'en acheter une ici est la lecture de cette app.
rule-title-partner-country = Disponible dans le pays du partenaire
rule-explanation-partner-country = Une offre doit être disponible dans le pays du locataire du partenaire.
rule-source-partner-country = Espace partenaires, « Vue d’ensemble des offres pour les partenaires du programme Fournisseur de solutions Cloud », Résolution des problèmes liés aux achats dans le catalogue (« Vérifiez que les produits sont disponibles sur votre marché ») ; la colonne AllowedCountries de la matrice des offres.
rule-title-customer-country = Disponible dans le pays du client
rule-explanation-customer-country = Une offre doit être disponible dans le pays du locataire du client.
rule-source-customer-country = Espace partenaires, « Vue d’ensemble des offres pour les partenaires du programme Fournisseur de solutions Cloud », Résolution des problèmes liés aux achats dans le catalogue (« Vérifiez que les produits sont disponibles sur votre marché ») ; la colonne AllowedCountries de la matrice des offres.
rule-title-price-list = Dans la liste de prix en vigueur
rule-explanation-price-list = Une offre ne peut être achetée qu'entre le premier et le dernier jour où elle figure dans la liste de prix mensuelle, tous deux inclus.
rule-source-price-list = Espace partenaires, « Vue d’ensemble des offres pour les partenaires du programme Fournisseur de solutions Cloud », Résolution des problèmes liés aux achats dans le catalogue (« Vérifiez que les offres sont disponibles dans les tarifs ») ; les colonnes EffectiveStartDate et EffectiveEndDate de la liste de prix.
rule-title-one-trial-per-offer = Un essai par offre
rule-explanation-one-trial-per-offer = Les essais durent 30 jours pour 25 licences fixes, et un client a droit à un essai par offre, et à aucun d'un produit qu'il paie déjà. Les modules complémentaires n'ont pas d'essai ; les offres Éducation et Government en ont, comme le montre la liste de prix de Microsoft.
rule-source-one-trial-per-offer = Les essais du nouveau commerce de l'Espace partenaires : 30 jours, 25 licences, un essai par offre et par client (repris dans la liste de contrôle du domaine de ce produit). La liste de prix license-based de Microsoft (novembre 2025) contient des lignes d'essai Éducation et Government (Microsoft 365 A5, Teams Rooms Pro, SharePoint Advanced Management GCC) ; l'absence d'essai des modules complémentaires vient de la liste de contrôle du domaine, non vérifiée sur une page de Microsoft. Qu'un client qui possède le produit payant n'ait pas d'essai de celui-ci vient d'un audit de la documentation des essais du nouveau commerce de Microsoft (ticket 24 de ce produit) ; la page de Microsoft elle-même n'est pas vérifiée ici.
rule-title-quantity = Limites de quantité
rule-explanation-quantity = Chaque référence SKU a une quantité minimale et maximale par abonnement, vérifiée pour toute la ligne à l'ajout au panier ; les plans Microsoft 365 Business partagent un total de 300 licences par client, et certaines références n'en permettent qu'un certain nombre par client, en comptant ce qu'il possède et ce qui est dans le panier.
rule-source-quantity = Les colonnes MinLicenses et MaxLicenses de la matrice des offres ; l'erreur de l'Espace partenaires « The requested number of seats exceeds the remaining limit » ; la limite de 300 licences que partagent les plans Microsoft 365 Business. Les limites par client (Teams Rooms Basic, gratuit jusqu'à 25 salles par locataire ; un plan Azure par client) sont les conditions de produit de Microsoft ; leurs phrases sont celles de cette app.
rule-title-seat-changes = Changements de licences après la vente
rule-explanation-seat-changes = Des licences peuvent être ajoutées à un abonnement à tout moment, dans la limite du maximum de la référence et de tout total partagé, et sont facturées pour les jours restants de la période de facturation (un mois en facturation mensuelle, l'année ou la période entière si elle est payée d'un coup) au prix avec lequel la période a commencé : un changement de la liste de prix s'applique au renouvellement suivant. Les licences ne peuvent être retirées, et l'abonnement annulé, que dans les 168 heures (7 jours) qui suivent l'achat ou un renouvellement, et celles ajoutées en cours de période seulement dans les 168 heures qui suivent leur ajout ; ensuite, elles sont engagées jusqu'à la fin de la période. Les abonnements logiciels et les réservations Azure ne perdent jamais de licences (une réservation est échangée ou remboursée à la place). Un essai garde ses licences fixes jusqu'à sa conversion.
rule-source-seat-changes = Espace partenaires, « New commerce experience cancellation policy » (réductions de quantité dans les 7 jours, 168 heures, suivant l'achat ou le renouvellement) et les offres du nouveau commerce basées sur des licences (les licences ajoutées en cours de période sont facturées au prorata jusqu'à la fin de la période, et peuvent être réduites dans les 168 heures suivant leur ajout ; le prix est garanti pour la période et les changements s'appliquent au renouvellement). Le délai était de 72 heures au lancement du nouveau commerce pour les licences et est passé à 168 heures début 2022 (annonces de l'Espace partenaires de février 2022) ; le jour que retient cette app, le 1er mars 2022, n'est pas vérifié. Créditer une réduction, et une annulation, pour les jours restants de la période de facturation facturée (jamais plus que ce qui a été facturé pour ces licences) est la simplification, par cette app, de l'avoir au prorata. Aucune réduction de licences sur les abonnements logiciels : les abonnements logiciels du nouveau commerce de l'Espace partenaires ; réservations : Azure, « Échanges et remboursements en libre-service pour les réservations Azure ».
rule-title-upgrades = Mises à niveau et conversions d'essais
rule-explanation-upgrades = Un abonnement peut être mis à niveau, toutes ses licences ou une partie, seulement selon les chemins que Microsoft autorise pour sa référence ; les licences passent sur un nouvel abonnement de la référence supérieure, acheté comme toute commande (les règles s'appliquent), qui se termine avec la période de l'abonnement d'origine, au prix des jours restants, et garde son délai d'annulation. Un essai devient une édition payante de son produit pendant ses 30 jours, ou à leur fin sauf si son renouvellement automatique est désactivé.
rule-source-upgrades = Espace partenaires, « Upgrade a customer's subscription » (nouveau commerce : toutes les licences ou une partie, vers les références que l'Espace partenaires liste comme éligibles, sur un nouvel abonnement qui garde la date de fin de la période d'origine) et « New commerce experience cancellation policy » (une mise à niveau partielle hérite du délai d'annulation de l'abonnement d'origine ; qu'une mise à niveau complète en hérite aussi est la lecture de cette app) ; les essais du nouveau commerce deviennent payants à la fin de l'essai sauf si le renouvellement automatique est désactivé (conseils de distributeur : la page d'AppXite sur les essais NCE ; la page de Microsoft n'est pas vérifiée), l'édition payante et le plan que devient un essai à sa fin (la première référence payante du produit, 1 an facturé mensuellement si proposé) sont le choix de cette app. La colonne des mises à niveau de la matrice d'offres. Les chemins que liste le catalogue intégré sont la sélection, par cette app, des chemins courants de Microsoft (Business Basic, Standard et Premium vers les suites avec ou sans Teams, Office 365 E1 et E3 vers le haut, Microsoft 365 E3 vers E5, F1 vers F3).
rule-earlier-reseller-qualification = Telles que les décrivent les sources de 2020, les abonnements Government basés sur des licences ne demandaient aucune qualification revendeur ; seul Azure pour le secteur public demandait la validation US Government Cloud. Depuis quand Microsoft demande la validation GCC n'est pas vérifié.
rule-earlier-seat-changes = Au lancement du nouveau commerce pour les licences (janvier 2022), les licences ne pouvaient être retirées, et un abonnement annulé, que dans les 72 heures suivant l'achat ou un renouvellement.
rule-earlier-teams-suites-everywhere = Tout client commercial pouvait acheter les suites Entreprise avec Teams (Office 365 E1, E3, E5, Microsoft 365 E3, E5).
rule-earlier-teams-suites-outside-europe = Dans l'Espace économique européen et en Suisse, les clients nouveaux aux suites Entreprise les achetaient sans Teams ; partout ailleurs, tout client commercial pouvait encore les acheter avec Teams.
rule-earlier-add-on-base = Telles que les décrivent les sources de 2020, un module complémentaire était acheté sur un abonnement de base choisi par le partenaire, et il prenait fin quand cette base était annulée ou expirait.
rule-in-force-since = En vigueur depuis le { $date }.
rule-in-force-from = En vigueur à partir du { $date } : au jour de l'app, le { $today }, la version antérieure signalée ci-dessous s'applique.
rule-no-start-date = Aucune source trouvée ne donne le jour d'entrée en vigueur de cette règle : l'app l'applique tous les jours.
rule-history = Versions antérieures
rule-until = Jusqu'au { $date } :
rule-until-unverified = Auparavant (la date du changement n'est pas vérifiée) :
rule-applies-on-the-day = S'applique au jour de l'app

## Page Règles

can-be-sold-cell = ✓ Peut être vendu
cannot-be-sold-cell = ✗ Ne peut pas être vendu
purchase-rules-title = Règles d'achat pour les segments spéciaux
purchase-rules-note = Seule une qualification approuvée compte ; un client dont la qualification est en cours d'examen ou refusée est traité comme commercial.
customer-is = Type de client
segment-offers-column = { $segment ->
    [commercial] Offres commerciales
    [education] Offres Éducation
    [nonprofit] Offres à but non lucratif
   *[government] Offres Government Community Cloud
}
segment-locks = Verrouillages de segment
segment-lock = Un client qui possède un abonnement { $owned } ne peut ensuite se voir vendre que des offres { $only }.
reseller-requirements = Exigences pour les revendeurs
any-product = tout produit
reseller-requirement = Vendre « { $scope } » aux clients « { $segment } » demande la { $needs } du partenaire.
no-reseller-qualification = Les offres Éducation et à but non lucratif ne demandent aucune qualification revendeur.
csp-regions = Régions CSP
csp-regions-note = Le locataire d'un partenaire ne vend qu'aux clients de sa propre région. Dix régions sont un seul pays ; ouvrez une région pour voir ses pays.
region-own = { $region } (une région à elle seule)
region-countries = { $region } ({ $count } pays et territoires)
every-rule = Toutes les règles
source = Source : { $source }
rule-pages = Chercher sur Microsoft Learn (pages en anglais) :
after-the-sale-cancel = Après la vente : annuler un abonnement
policy-prorated = Les abonnements basés sur des licences et les logiciels peuvent être annulés dans les { $hours } heures suivant leur achat ou un renouvellement, pour la première facture de cette période moins les jours utilisés (un jour commencé compte) ; le délai était de 72 heures jusqu'au 28 février 2022.
policy-saas = Les SaaS tiers peuvent être annulés dans les { $hours } heures suivant leur achat, avec un remboursement complet.
policy-trial = Un essai peut être annulé à tout moment pendant l'essai ; rien n'a été payé.
policy-reservation = Une réservation Azure peut être annulée à tout moment pendant sa durée, pour l'engagement restant, dans la limite de { $limit } de réservations annulées par client sur 12 mois glissants (Microsoft fixe la limite en dollars américains ; cette app l'applique dans la devise de la commande).
policy-usage = Le plan Azure est facturé à l'utilisation : il n'y a rien à annuler ni à rembourser.
cancellation-source = Espace partenaires, « New commerce experience cancellation policy » ; Azure, « Échanges et remboursements en libre-service pour les réservations Azure ». Appliquer la limite de 50 000 USD dans la devise de la commande est une simplification propre à cette app.

## Formation

theme-special-segments = Segments spéciaux
theme-partner-and-agreement = Partenaire et Contrat client
theme-countries = Pays
theme-add-ons = Modules complémentaires
theme-price-lists-and-trials = Listes de prix et essais
theme-quantities = Quantités
theme-after-the-sale = Après la vente
# Chaque ligne d'une question s'affiche sous la précédente, un fait de la situation chacune ;
# la phrase se lit en entier au lecteur d'écran et dans un texte copié.
training-question-buy =
    { $partner }
    peut-il vendre { $what }
    à { $customer }
    le { $day } ?
training-what-quantity = { $seats } de { $offer }
training-question-after-sale =
    { $partner }
    peut-il { $what }
    le { $day } à { $time } UTC ?
after-sale-add =
    ajouter { $seats } à l'abonnement { $subscription }
    de { $customer }
after-sale-remove =
    retirer { $seats } de l'abonnement { $subscription }
    de { $customer }
after-sale-upgrade =
    mettre à niveau { $seats } de l'abonnement { $subscription }
    de { $customer }
    vers { $to }
assume-no-qualification = Le client n'a aucune qualification spéciale.
assume-qualification = La qualification { $qualification } du client est approuvée.
assume-no-agreement = Le client n'a pas accepté le Contrat client Microsoft.
assume-partner-direct-bill = Le partenaire est un partenaire de facturation directe.
assume-partner-indirect-provider = Le partenaire est un fournisseur indirect.
assume-partner-indirect-reseller = Le partenaire est un revendeur indirect.
assume-no-us-gov = Le partenaire n'est pas validé pour le US Government Cloud.
assume-no-gcc = Le partenaire n'est pas validé pour GCC.
assume-gcc-validated = Le partenaire est validé pour GCC.
assume-us-gov = Le partenaire est validé pour le US Government Cloud.
assume-partner-country = Le partenaire vend depuis son locataire situé dans le pays suivant : { $country }, et n'en a pas d'autre.
assume-customer-country = Le locataire du client est situé dans le pays suivant : { $country }.
fact-bought-subscription = L'abonnement a été acheté le { $day } à 00:00 UTC, { $plan }.
fact-bought-trial = L'essai a été acheté le { $day } à 00:00 UTC, { $plan }.
fact-plan-term = pour une durée de { $plan }
fact-plan-usage = facturé à l'utilisation
fact-renewed = Sa période en cours a commencé le { $day }.
fact-status = Il est { $status }.
fact-seats = Il a { $seats }.
fact-seats-added = Il a { $seats } ; { $added } d'entre elles ont été ajoutées le { $day } à { $time } UTC.
themes = Thèmes
new-set = Nouvelle série
set-name = { $theme } · série { $set }
exercise-number = Exercice { $number }
assume-that = Supposons que
can-it-be-sold = Peut-on le vendre ?
can-it-be-done = Peut-on le faire ?
yes = Oui
no = Non
why-not-pick = Pourquoi ? Choisissez toutes les raisons qui s'appliquent
true-here = ✓ vrai ici
not-true-here = ✗ faux ici
check-answer = Vérifier la réponse
see-in-add-products = Voir dans Ajouter des produits
see-in-add-products-note = (avec les faits supposés réglés dans Et si… ?)
see-in-subscriptions = Voir dans Abonnements
see-in-subscriptions-note = (ce jour-là, avec les changements enregistrés dans ce navigateur : les { $seats } supposées ajoutées ici n'en font pas partie)
mark-right = Juste.
mark-verdict-only = Bon verdict, mais pas les bonnes raisons.
mark-wrong = Pas tout à fait.
engine-can-sell = Le moteur dit : cela peut être vendu.
engine-cant-sell = Le moteur dit : cela ne peut pas être vendu.
engine-can-do = Le moteur dit : cela peut être fait.
engine-cant-do = Le moteur dit : cela ne peut pas être fait.
rule-and-source = Règle : { $rule }. Source : { $source }
your-progress = Votre progression
theme-score = { $theme } : { $right ->
    [one] { $right } bonne réponse
   *[other] { $right } bonnes réponses
} sur { $answered }
set-score-so-far = Cette série : { $answered } sur { $total } faits, { $right } justes pour l'instant.
set-score-done = Série terminée : { $right } sur { $total } justes.
set-score-next = Faire une nouvelle série
training-built-in-world = La formation porte sur le catalogue intégré et les clients de démonstration, pas sur { $file } importé dans ce navigateur : le lien d'une série donne ainsi à chacun les mêmes exercices.
rules-missed = Règles manquées
missed-times = { $rule } ({ $count } fois)
try-again = Réessayer

## Liens que la page ne comprend pas

query-notice = La valeur « { $value } » du paramètre « { $key } » du lien n'est pas connue de cette page : elle affiche { $fallback } à la place.
fallback-any = Tous
fallback-online-services = Services en ligne
fallback-products = les produits
fallback-by-name = par nom
fallback-sellable-only = seulement les offres vendables
fallback-real-facts = les faits tels qu'ils sont
fallback-everything = modifiées ou non

## Problèmes dans les formulaires

form-id-taken = Un autre client a déjà l'identifiant « { $id } ».
form-id-missing = Saisissez un identifiant pour les liens du client (par exemple contoso-ltd).
form-id-invalid = L'identifiant ne peut contenir que des lettres minuscules, des chiffres et des tirets (par exemple contoso-ltd).
form-customer-name-missing = Saisissez le nom de l'entreprise du client.
form-name-too-long = Le nom ne peut pas dépasser { $max } caractères.
form-customer-country-missing = Choisissez le pays du locataire du client.
form-region-in-list = la région { $region }
form-no-csp-region = aucune région CSP
form-outside-tenant-regions = Vos locataires ne vendent que dans : { $sold_in }. { $region_kind ->
        [none] Le pays du client ({ $country }) n'est dans aucune région CSP.
       *[named] Pour servir un client situé dans le pays suivant : { $country }, ajoutez un locataire dans la région { $region } sur le profil de partenaire.
    }
qualification-change-education-final = Une qualification Éducation ne peut plus être modifiée ni retirée une fois définie.
qualification-change-nonprofit = La qualification But non lucratif vient du programme de Microsoft pour les organismes à but non lucratif, pas du partenaire : le client s'inscrit auprès de Microsoft, et sa qualification suit.
qualification-change-cant-remove = Un partenaire ne peut pas retirer la qualification d'un client ; il peut définir Éducation, Government Community Cloud ou Entreprise publique.
form-review-in-future = L'examen ne peut pas commencer dans le futur.
form-review-date-missing = Saisissez la date de début de l'examen (AAAA-MM-JJ).
form-denial-reason-missing = Indiquez pourquoi la qualification a été refusée, par exemple « { $example } ».
form-signer-name-missing = Saisissez le nom de la personne qui a accepté le contrat.
form-signer-email-invalid = Saisissez l'adresse e-mail du signataire, par exemple nom@example.com.
form-accepted-in-future = La date d'acceptation ne peut pas être dans le futur (nous sommes le { $today }).
form-accepted-after-latest = Le contrat a été accepté après le { $latest }, le dernier jour où l'app peut aller.
form-review-after-latest = L'examen commence après le { $latest }, le dernier jour où l'app peut aller.
form-accepted-date-missing = Saisissez la date d'acceptation du contrat (AAAA-MM-JJ).
form-partner-name-missing = Saisissez le nom de votre entreprise.
form-partner-country-missing = Choisissez le pays de votre locataire.
form-provider-only-indirect = Seul un revendeur indirect est rattaché à un fournisseur indirect.
form-not-a-country = « { $picked } » n'est pas un pays.
form-tenant-in-no-region = { $country } n'est dans aucune région CSP : aucun locataire ne peut s'y trouver.
form-already-main-tenant = { $country } est déjà le pays de votre locataire principal.
form-tenant-listed-twice = { $country } figure deux fois dans la liste.
form-one-tenant-per-region = { $first } et { $second } sont tous deux dans la région { $region } : un partenaire a un seul locataire par région.

## Formulaires du client et du partenaire

nothing-saved-fix = Rien n'a été enregistré. Corrigez :
choose-a-country = Choisissez un pays
legend-company = Entreprise
field-company-name = Nom de l'entreprise
field-customer-id = Identifiant du client
hint-customer-id = Utilisé dans les liens ; lettres minuscules, chiffres et tirets.
field-tenant-country = Pays du locataire
legend-special-qualification = Qualification spéciale
field-in-review-since = En cours d'examen depuis le
field-denial-reason = Motif du refus
hint-for-example = Par exemple : { $example }.
legend-customer-agreement = Contrat client Microsoft
switch-agreement-accepted = Le client a accepté le Contrat client Microsoft
field-signer-name = Nom du signataire
field-signer-email = E-mail du signataire
field-accepted-on = Date d'acceptation
hint-not-in-future = Pas dans le futur.
form-cancel = Annuler
save-customer = Enregistrer le client
partner-saved = Enregistré. Chaque verdict utilise désormais ce profil.
legend-other-tenants = Locataires dans d'autres régions CSP
hint-other-tenants = Un locataire ne vend qu'aux clients de sa propre région CSP : un locataire en Slovaquie vend dans toute l'Europe, un locataire aux États-Unis seulement aux États-Unis. Un partenaire qui vend dans plusieurs régions a un locataire dans chacune, et chaque client est servi depuis le locataire de sa région.
remove-tenant = Retirer le locataire ({ $country })
no-country-yet = aucun pays choisi
remove-tenant-button = Retirer
add-tenant = Ajouter un locataire dans une autre région
legend-reseller-qualifications = Informations sur le programme : qualifications du revendeur
switch-us-government-cloud = Validé pour US Government Cloud (nécessaire pour vendre Azure au secteur public)
switch-gcc-validation = Validé pour GCC (nécessaire pour vendre des abonnements Government Community Cloud)
field-indirect-provider = Fournisseur indirect
hint-indirect-provider = Le fournisseur indirect (distributeur) qui passe les commandes de vos clients dans l'Espace partenaires.
save-profile = Enregistrer le profil

## Importer une liste de prix : identifiants, lignes, fichiers

id-malformed-product = « { $value } » n'est pas un identifiant de produit : 12 lettres majuscules ou chiffres attendus, par exemple CFQ7TTC0LH18
id-malformed-sku = « { $value } » n'est pas un identifiant de référence SKU : 4 lettres majuscules ou chiffres attendus, par exemple 0001
id-malformed-availability = « { $value } » n'est pas un identifiant de disponibilité : 12 lettres majuscules ou chiffres attendus, par exemple CFQ7TTC0K971
id-malformed-product-sku = « { $value } » n'est pas un identifiant de produit et de référence SKU : produit:sku attendu, par exemple CFQ7TTC0LFLZ:0002
id-malformed-catalog-item = « { $value } » n'est pas un identifiant d'article du catalogue : produit:sku:disponibilité attendu, par exemple CFQ7TTC0LH18:0001:CFQ7TTC0K971
id-malformed-customer = « { $value } » n'est pas un identifiant de client : lettres minuscules, chiffres et tirets attendus, par exemple contoso-pharma
id-malformed-order = « { $value } » n'est pas un numéro de commande : 4 à 40 lettres majuscules, chiffres ou tirets attendus, par exemple 7F3A9C21E04B56D8
id-malformed-subscription = « { $value } » n'est pas un identifiant d'abonnement : 1 à 64 lettres, chiffres ou tirets attendus, par exemple 0f6c54d2-5a3e-4c1d-9f20-000000000001
file-price-list = Liste de prix
file-offer-matrix = Matrice des offres
row-problem-at-column = { $file }, ligne { $line }, { $column } : { $reason }
row-problem-at-line = { $file }, ligne { $line } : { $reason }
row-not-csv = ne peut pas être lue comme du CSV ({ $text })
row-empty = est vide
row-not-a-price = « { $text } » n'est pas un prix (un nombre comme 12.50)
row-price-too-high = « { $text } » dépasse ce que peut valoir un prix unitaire ici (au plus { $limit })
row-not-a-date = « { $text } » n'est pas une date (par exemple 2026-11-01)
row-not-a-term = « { $text } » n'est pas une durée que cette app vend (P1M, P1Y ou P3Y)
row-not-a-billing-plan = « { $text } » n'est pas un plan de facturation (Monthly, Annual, Triennial ou None)
row-not-a-segment = « { $text } » n'est pas un segment (Commercial, Education, Charity ou Government)
row-not-a-country = « { $text } » n'est pas un code de pays ISO 3166-1 (deux lettres, comme DE ou US)
row-not-a-currency = « { $text } » n'est pas un code de devise ISO 4217 (trois lettres, comme USD ou EUR)
row-not-whole-licenses = « { $text } » n'est pas un nombre entier de licences
row-not-a-whole-number = « { $text } » n'est pas un nombre entier
row-not-a-quantity-range = { $min } à { $max } n'est pas une plage de quantités
row-end-before-start = est antérieure à EffectiveStartDate
row-tier-max-below-min = est inférieur à PricingTierRangeMin
row-tier-overlaps = ses quantités chevauchent une autre ligne du même prix, pour { $has_to ->
        [yes] { $from } à { $to }
       *[no] { $from } et plus
    } : un seul prix par quantité
row-trial-shape = un essai doit être P1M, facturé None, au prix de 0
row-term-not-billed = une durée { $term } ne peut pas être facturée { $billing }
row-repeats-earlier-row = répète le produit, la référence SKU, le segment, les dates, la durée, le plan de facturation et le palier de prix d'une ligne précédente
row-trial-of-add-on = il n'existe pas d'essai de module complémentaire
row-kind-changes = la référence SKU { $sku } est { $first ->
        [trial] un essai dans sa première ligne : une ligne payante
       *[paid] payante dans sa première ligne : une ligne d'essai
    } ne peut pas s'y ajouter
row-overlaps-entry = ses dates chevauchent le prix { $segment } de la référence SKU pour { $plan }, du { $start } { $has_end ->
        [yes] au { $end }
       *[no] sans date de fin
    } : un seul prix par durée et facturation à la fois
row-unknown-base = l'offre de base { $id } n'est pas dans la liste de prix : elle est laissée de côté
row-unknown-upgrade-target = la cible de mise à niveau { $id } n'est pas dans la liste de prix : elle est laissée de côté
file-empty = Le fichier est vide.
file-not-csv = Le fichier n'est pas un fichier CSV que cette app sait lire : { $detail }.
file-not-text = { $kind ->
    [workbook] Le fichier est un classeur (.xlsx), pas un fichier CSV. Dans Excel, choisissez Fichier › Enregistrer sous › CSV UTF-8 (délimité par des virgules), puis importez ce fichier.
    [utf16] Le fichier est enregistré en texte UTF-16 (« Texte Unicode » d'Excel). Dans Excel, choisissez Fichier › Enregistrer sous › CSV UTF-8 (délimité par des virgules), puis importez ce fichier.
   *[binary] Le fichier n'est pas du texte : choisissez le fichier CSV que télécharge l'Espace partenaires, ou enregistrez la feuille en CSV UTF-8.
}
file-missing-columns = { $count ->
        [one] Il manque la colonne
       *[other] Il manque les colonnes
    } { $columns } { $file ->
        [matrix] à la matrice des offres
       *[prices] à la liste de prix
    }.
file-no-usable-row = La liste de prix n'a aucune ligne utilisable ({ $skipped } { $skipped ->
        [one] ignorée
       *[other] ignorées
    }).
file-mixed-currencies = La liste de prix mélange plusieurs devises ({ $currencies }) ; importez la liste d'un seul marché à la fois.
file-invalid-catalog = Les lignes importées ne forment pas un catalogue valide : { $detail }
rows-count = { $count ->
    [one] { $count } ligne
   *[other] { $count } lignes
}
offers-count = { $count ->
    [one] { $count } offre
   *[other] { $count } offres
}
import-summary = { $products } et { $skus } ({ $offers }) à partir de { $rows } ; { $skipped } { $skipped ->
        [one] ignorée
       *[other] ignorées
    }.

## Avis sur ce qu'un lien ou ce navigateur a gardé

notice-day-not-used = Le jour de l'app « { $text } » n'a pas été utilisé : { $why } L'app utilise la date du jour.
notice-saved-catalog-unreadable = Le catalogue importé enregistré dans ce navigateur n'a pas pu être lu ({ $why }) ; le catalogue intégré est utilisé.
notice-saved-catalog-not-loaded = Le catalogue importé { $file } n'a pas pu être rechargé ({ $why }) ; le catalogue intégré est utilisé.
notice-saved-catalog-not-removed = Le catalogue importé n'a pas pu être retiré de ce navigateur ({ $why }) ; il pourrait revenir après un rechargement.

## Importer et exporter toutes les données

import-unreadable = Le fichier ne peut pas être lu comme un export de CSP Catalog : { $why }.
import-duplicate-customer = Le fichier contient deux fois l'identifiant de client « { $customer } ».
import-cart-for-unknown-customer = Le fichier contient un panier pour « { $customer } », qui n'est pas l'un de ses clients.
import-order-for-unknown-customer = La commande { $order } du fichier appartient à « { $customer } », qui n'est pas l'un de ses clients.
import-duplicate-order = Le fichier contient deux fois la commande { $order }.
import-changes-for-unknown-customer = Le fichier contient des modifications d'abonnements pour « { $customer } », qui n'est pas l'un de ses clients.
customers-count = { $count ->
    [one] { $count } client
   *[other] { $count } clients
}
carts-count = { $count ->
    [one] { $count } panier
   *[other] { $count } paniers
}
orders-count = { $count ->
    [one] { $count } commande
   *[other] { $count } commandes
}
data-lead-before = Les clients, les paniers et les commandes sont conservés dans le stockage local de ce navigateur, sous des clés commençant par
data-lead-after = . Le catalogue intégré fait partie de l'app ; un catalogue importé est conservé dans l'IndexedDB de ce navigateur.
exported-as = Toutes les données ont été exportées dans { $name }.
download-refused = Le navigateur n'a pas autorisé le téléchargement.
file-not-read = Le fichier n'a pas pu être lu.
import-partner-refused = Le profil du partenaire dans le fichier n'est pas accepté par le formulaire du partenaire : { $why }
import-customer-refused = Le client « { $customer } » du fichier n'est pas accepté par le formulaire client : { $why }
import-empty-cart-line = Le panier de « { $customer } » dans le fichier a une ligne sans licence.
nothing-imported = Rien n'a été importé. { $why }
imported-counts = Importé : { $customers } et { $orders }.
export-orders-title = Exporter les commandes
export-orders-help = Les commandes de chaque client, une ligne par article (à ouvrir sans risque dans un tableur), ou en JSON. Le CSV donne les montants dans la devise de la commande (176.40 pour 176,40 $ US) ; le JSON garde le format de l'app, en centimes (17640), et le dit dans son champ « amounts ».
all-orders-csv = Toutes les commandes en CSV
all-orders-json = Toutes les commandes en JSON
export-all = Exporter toutes les données
export-all-help = Un fichier JSON avec le profil du partenaire, chaque client, chaque panier et chaque commande.
import-all = Importer toutes les données
import-all-help = Remplace tout ce qui est enregistré ici par un fichier exporté. Un fichier illisible ne change rien.
choose-import-file = Choisir un fichier à importer…
import-confirm = Le fichier contient { $customers }, { $carts } et { $orders }. L'importer remplace toutes les données enregistrées ici.
replace-my-data = Remplacer mes données
keep-my-data = Garder mes données
reset-title = Réinitialiser les données de démonstration
reset-help = Supprime vos clients, paniers et commandes et rétablit les clients de démonstration. Les valeurs mises de côté comme illisibles sont gardées jusqu'à ce que vous les supprimiez.
reset-button = Réinitialiser les données de démonstration…
reset-confirm = Supprimer tout ce que vous avez modifié ? Exportez d'abord si vous voulez le garder.
reset = Réinitialiser
demo-data-back = Les données de démonstration sont de retour.
catalog-title = Catalogue
catalog-in-use-built-in = Utilisé : le catalogue intégré.
catalog-in-use-restoring = Rechargement de { $file }…
catalog-in-use-synthetic = Utilisé : le catalogue synthétique { $name }, pour cette visite.
catalog-in-use-imported = Utilisé : { $file }. { $summary }
catalog-not-kept = Il n'a pas pu être enregistré dans ce navigateur ({ $why }) : il reste utilisé jusqu'à ce que vous quittiez la page.
catalog-import-help = Importez une liste de prix CSV des offres basées sur des licences du nouveau commerce et, si vous le souhaitez, sa matrice des offres CSV (quantités, offres de base des modules complémentaires, pays autorisés). Les lignes inutilisables sont listées avec leur numéro et leur motif.
price-list-csv-button = Liste de prix CSV…
offer-matrix-csv-button = Matrice des offres CSV (facultatif)…
no-file-chosen = Aucun fichier choisi
import-price-list = Importer la liste de prix
use-built-in-catalog = Utiliser le catalogue intégré
export-catalog = Exporter le catalogue en liste de prix CSV
synthetic-hint = Pour essayer l'app à l'échelle d'une vraie liste de prix, utilisez un catalogue généré pour cette visite :
use-synthetic = Utiliser { $name }
reading-file = Lecture de { $file }…
imported-summary = Importé. { $summary }
import-mostly-skipped = La plupart des lignes de { $file } sont inutilisables : { $summary } L'utiliser à la place du catalogue en cours ?
import-use-anyway = Utiliser cette liste de prix
import-keep-current = Garder le catalogue en cours
restoring-title = Chargement de votre catalogue importé
restoring-text = { $file } est relu depuis ce navigateur, comme à chaque démarrage. La page s'ouvre dès qu'il est lu.
restoring-progress = Déjà lu
ids-repaired = { $count ->
    [one] { $count } ligne avait un identifiant de SKU sans ses zéros initiaux, comme en laisse un tableur qui ouvre et enregistre le fichier (5 pour 0005) : il a été réparé et la ligne utilisée.
   *[other] { $count } lignes avaient un identifiant de SKU sans ses zéros initiaux, comme en laisse un tableur qui ouvre et enregistre le fichier (5 pour 0005) : ils ont été réparés et les lignes utilisées.
}
rows-skipped = { $count ->
    [one] { $count } ligne ignorée
   *[other] { $count } lignes ignorées
}
choose-price-list-first = Choisissez d'abord un fichier CSV de liste de prix.
file-not-read-price-list = Le fichier de la liste de prix n'a pas pu être lu.
file-not-read-offer-matrix = Le fichier de la matrice des offres n'a pas pu être lu.

## Types de valeurs enregistrées

stored-kind-partner = un profil de partenaire
stored-kind-customers = une liste de clients
stored-kind-cart = un panier
stored-kind-order = une commande
stored-kind-subscription-changes = des modifications d'abonnements
stored-kind-training-progress = une progression de formation
stored-kind-export = un export
stored-kind-imported-catalog = un catalogue importé
stored-kind-unknown = « { $name } »

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
