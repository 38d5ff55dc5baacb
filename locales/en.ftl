# CSP Catalog in English.
#
# One message per line: `id = text`. Text in { $braces } is a fact the app puts in (a
# customer's name, a date, a number already written with its unit); keep every one of them.
# A { $count -> [one] … *[other] … } block picks the form for the number. The build checks
# that fr.ftl has the same messages with the same facts.

## The language menu

language = Language
language-unknown = The language "{ $tag }" in the address is not available: the app speaks English and French.
notice-words-not-loaded = The words in { $language } could not be loaded ({ $why }): the app goes on in English. Reload the page to try again.

## The app's frame

skip-to-content = Skip to content
menu = Menu
nav-main = Main
nav-customers = Customers
nav-partner = Partner profile
nav-rules = Rules
nav-training = Training
nav-data = Data
partner-profile-title = Partner profile

## Pages and the words Partner Center uses

add-products = Add products
view-products = View products
view-skus = View SKUs
review = Review
buy = Buy
order-history = Order history
add-to-cart = Add to cart
done = Done, back to order history
free = Free

## Counted nouns: the number is written for the language (1,234) and picks the form.

seats = { $count ->
    [one] { $count } seat
   *[other] { $count } seats
}

## Months, for dates: 30 August 2022, and 2 Nov 2026 in tables

instant = { $date } at { $time } UTC
local-time = { $time } your time
local-time-day = { $day }, { $time } your time
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec

## Lists: "A, B or C"

list-or = { $first } or { $last }
list-and = { $first } and { $last }
list-none = (none listed)

## Segments, qualifications, categories, terms

segment-commercial = Commercial
segment-education = Education
segment-nonprofit = Nonprofit
segment-government = Government Community Cloud
segment-offers-commercial = Commercial offers
segment-offers-education = Education offers
segment-offers-nonprofit = Nonprofit offers
segment-offers-government = Government Community Cloud offers
qualification-none = Commercial (no special qualification)
qualification-education = Education
qualification-nonprofit = Nonprofit
qualification-gcc = Government Community Cloud
qualification-soe = State Owned Entity
qualification-education-soe = Education + State Owned Entity
qualification-gcc-soe = Government Community Cloud + State Owned Entity
customer-kind-none = a commercial customer (no approved special qualification)
customer-kind-education = an Education customer
customer-kind-nonprofit = a Nonprofit customer
customer-kind-gcc = a Government Community Cloud customer
customer-kind-soe = a State Owned Entity customer
customer-kind-education-soe = an Education + State Owned Entity customer
customer-kind-gcc-soe = a Government Community Cloud + State Owned Entity customer
category-azure = Azure
category-online-services = Online services
category-software = Software
reseller-qualification-us-government-cloud = US Government Cloud validation
reseller-qualification-gcc = GCC validation
term-one-month = 1 month
term-one-year = 1 year
term-three-years = 3 years
billed-monthly = billed monthly
billed-annually = billed annually
billed-triennially = billed every three years
billed-trial = free trial
plan = { $term }, { $billed }
subscription-status-active = Active
subscription-status-expired = Expired
subscription-status-cancelled = Cancelled
subscription-status-upgraded = Upgraded
subscription-status-converted = Converted to paid
region-africa = Africa
region-asia-pacific = Asia Pacific
region-australia = Australia
region-brazil = Brazil
region-canada = Canada
region-china = China
region-europe = Europe
region-india = India
region-japan = Japan
region-latin-america = Latin America and the Caribbean
region-middle-east = Middle East
region-new-zealand = New Zealand
region-south-korea = South Korea
region-taiwan = Taiwan
region-united-states = United States
publisher-microsoft = Microsoft
publisher-partner = Partner
billing-license = License
billing-usage = Usage
business-productivity = Productivity
business-collaboration = Collaboration
business-communications = Communications
business-security = Security
business-compliance = Compliance
business-identity-and-access = Identity and access
business-business-applications = Business applications
business-analytics = Analytics
business-compute = Compute
business-databases = Databases
business-storage = Storage
business-developer-tools = Developer tools
business-education = Education
sort-name = Name
sort-price-low-to-high = Price: low to high
sort-price-high-to-low = Price: high to low
partner-type-direct-bill = Direct-bill partner
partner-type-indirect-provider = Indirect provider
partner-type-indirect-reseller = Indirect reseller
status-approved = Approved
status-in-review = In review
status-denied = Denied

## Why an offer can't be sold: one sentence per reason the rules engine gives

reason-bought-in-azure-portal = Bought in the Azure portal, not here: listed for information only.
reason-bought-in-government-partner-center = Sold from Partner Center for Microsoft Cloud for US Government, a separate Partner Center, not from this one.
reason-agreement-not-accepted = The customer has not accepted the Microsoft Customer Agreement.
reason-agreement-accepted-later = The customer accepts the Microsoft Customer Agreement only on { $day }.
reason-segment-not-allowed = { $offers } can't be sold to { $customer }.
reason-qualification-in-review = { $offers } need an approved { $qualification } qualification; this customer's application has been in review since { $since }.
reason-qualification-denied = { $offers } need an approved { $qualification } qualification; this customer's application was denied ({ $why }).
reason-qualification-approved = { $offers } need an approved { $qualification } qualification; this customer's application is approved.
reason-locked-to-government = The customer owns a Government Community Cloud subscription ({ $subscription }), so only Government Community Cloud offers can be bought for it.
reason-partner-not-qualified = Selling { $category } to { $segment } customers needs the partner's { $needs }, which the partner doesn't have.
reason-indirect-provider-named = Indirect resellers don't place orders in Partner Center: { $provider }, the partner's indirect provider, places them for its customers.
reason-indirect-provider-none = Indirect resellers don't place orders in Partner Center: their indirect provider places them, and the partner profile names none.
reason-outside-region = The partner's tenant in { $partner_country } may sell only to { $partner_region_kind ->
        [own] customers in { $partner_country }, a CSP region of its own
        [none] no customer: it is in no CSP region
       *[named] customers in the { $partner_region } region
    }; { $customer_region_kind ->
        [none] { $customer_country } is in no CSP region
       *[named] { $customer_country } is in the { $customer_region } region, where the partner has no tenant
    }.
reason-add-on-without-base = This add-on needs a base subscription the customer doesn't own: { $bases }.
reason-teams-suite-for-existing-customers = Since { $since }, a customer new to the enterprise suites buys the suite without Teams and Microsoft Teams Enterprise; only a customer that already owns a suite with Teams can buy this one.
reason-term-only-longer = Mid-term a term can only get longer than its { $term }, never shorter; a shorter term or another billing frequency is set for the renewal.
reason-reservation-without-azure-plan = An Azure reservation is bought for a customer with an Azure plan, and this customer has none: buy its Azure plan first.
reason-trial-of-owned-product = The customer already owns { $owned }: a trial is for a product it doesn't have yet.
reason-software-not-reducible = Partner Center allows no license reduction on a software subscription: it can be cancelled within its window, and its quantity changed for the next term.
reason-reservation-not-reducible = An Azure reservation's quantity is never reduced: it is exchanged or refunded (cancelled) instead.
reason-not-in-partner-country = Not available in { $country }, the partner's tenant country.
reason-not-in-customer-country = Not available in { $country }, the customer's tenant country.
reason-not-yet-in-price-list = Not in the price list yet: it can be bought from { $starts }.
reason-no-longer-in-price-list = No longer in the price list: its last day was { $ended }.
reason-trial-already-used = The customer already had this trial (started { $started }); there is one trial per offer.
reason-quantity-missing = Enter a quantity.
reason-quantity-not-whole-number = The quantity must be a whole number; "{ $input }" is not.
reason-quantity-below-minimum = The requested number of { $requested } is below the minimum of { $minimum }.
reason-quantity-above-maximum = The requested number of { $requested } exceeds the maximum of { $maximum }.
reason-exceeds-pooled-limit = The requested number of { $requested } exceeds the remaining limit of { $remaining } (small-business SKUs share { $limit } per customer).
reason-trial-seats-fixed = A trial is for exactly { $seats }, not { $requested }.
reason-exceeds-customer-limit = The requested number of { $requested } exceeds the remaining limit of { $remaining } (at most { $limit } per customer, counting what it owns and what is in the cart).
reason-line-above-maximum = The cart already holds { $in_cart } of this offer on this term; adding { $requested } would make { $total }, above the maximum of { $maximum }.
reason-trial-already-in-cart = This trial is already in the cart, for its fixed { $seats }; there is one trial per offer.
reason-subscription-not-active = This subscription is { $status }: its seats can't change.
reason-usage-billed-has-no-seats = This subscription is billed for what is used: it has no seats to change.
reason-trial-seats-cannot-change = A trial is for exactly { $seats }: convert it to a paid subscription to change them.
reason-subscription-above-maximum = The subscription has { $owned }; adding { $requested } would make { $total }, above the maximum of { $maximum }.
reason-subscription-below-minimum = The subscription has { $owned }; removing { $requested } would leave fewer than its minimum of { $minimum }: to stop it, turn off auto-renew or cancel its order line.
reason-reduction-window-closed = Seats can be removed only within 168 hours of the purchase, a renewal or their addition; this term's window closed on { $closed }, so its seats are committed until the term ends on { $term_ends }.
reason-plan-not-offered = This offer is not sold on a term of { $plan }.
reason-upgrade-no-path = { $from } can't be upgraded to { $to }: it has no upgrade path.
reason-upgrade-not-allowed = { $from } can't be upgraded to { $to }: it can be upgraded only to { $allowed }.
reason-upgrade-more-than-owned = The subscription has { $owned }; { $requested } can't be moved.
reason-only-recent-seats-removable = Only the { $removable } added in the last 168 hours can be removed now (until { $until }), not { $requested }.

## Add products

breadcrumb = Breadcrumb
add-products-lead = Every offer in the catalog that this partner can sell to this customer today. Switch on "{ $show_blocked }" to see the others, each with the reasons why.
add-products-lead-blocked = Every offer in the catalog, with the ones this partner can't sell to this customer today marked, each with the reasons why.
cart-items = { $count ->
    [one] item in the cart
   *[other] items in the cart
}
cart-review = Review →
what-if-on = What-if is on: the verdicts below use the hypothetical facts from the What-if panel, and nothing can be added to the cart.
what-if-back = Back to the real facts
products-count = { $count ->
    [one] { $count } product
   *[other] { $count } products
}
skus-count = { $count ->
    [one] { $count } SKU
   *[other] { $count } SKUs
}
result-count-products = { $products } ({ $skus })
result-count-hidden = { $count ->
    [one] { $count } more SKU this customer can't buy
   *[other] { $count } more SKUs this customer can't buy
}
list-skus = SKUs
list-products = Products
per-user-per-month = per user per month
per-unit-per-month = per unit per month
per-device-per-month = per device per month
per-room-per-month = per room per month
per-workload-per-month = per workload per month
per-environment-per-month = per environment per month
per-gigabyte-per-month = per GB per month
per-core-pack-per-month = per core pack per month
per-server-per-month = per server per month
per-licence-per-month = per license per month
empty-nothing-sellable = Nothing here can be sold to this customer, for the reason above.
empty-no-match = Nothing matches these filters.
empty-hint-nothing-sellable = Switch on "{ $show_blocked }" to browse the catalog with every offer's reasons.
empty-hint-blocked-hidden = Some offers match but this customer can't buy them: switch on "{ $show_blocked }" to see why.
empty-hint-filters = Set filters to Any, or use "{ $why }" to look across the whole catalog.
agreement-accepted-on = Accepted { $day }
agreement-not-accepted = Not accepted
sold-by = { $partner } ({ $partner_type }), from its tenant in { $country }
assumed = assumed
fact-customer = Customer
fact-tenant-country = Tenant country
fact-special-qualification = Special qualification
fact-customer-agreement = Customer Agreement
fact-sold-by = Sold by
nothing-to-sell = Nothing in the catalog can be sold to this customer:
fix-record-agreement = Record the customer's acceptance of the Microsoft Customer Agreement
fix-open-partner-profile = Open the partner profile
category-tabs = Product categories
filter-the-catalog = Filter the catalog
search = Search
search-placeholder = Name, description or id
any = Any
filter-segment = Segment
filter-publisher = Publisher
filter-billing-type = Billing type
filter-category = Category
filter-sort = Sort by
category-trial = Trial
view = View
show-blocked = Show offers this customer can't buy
changed-this-month = Changed this month
badge-added = New this month
badge-price-changed = Price changed for { $plan }: { $before } → { $now }
badge-price-changed-plan = { $plan }: { $before } before, { $now } in this month's price list
badge-changed = Changed this month
import-changes = This month's price list marks { $prices ->
        [one] { $prices } price changed
       *[other] { $prices } prices changed
    } and { $skus ->
        [one] { $skus } SKU added
       *[other] { $skus } SKUs added
    }.
import-changes-since = This price list doesn't say what changed, so it was compared with { $file }, the list imported before it: { $prices ->
        [one] { $prices } price changed
       *[other] { $prices } prices changed
    } and { $skus ->
        [one] { $skus } SKU added
       *[other] { $skus } SKUs added
    }.
clear-filters = Clear all filters
badge-trial = Trial
badge-add-on = Add-on
catalog-item-id = Catalog item id
add-on-for = Add-on for: { $bases }
cant-be-sold = Can't be sold to this customer:
usage-based = Usage-based
blocked-all = Can't be sold: { $reason }.
blocked-all-more = Can't be sold: { $reason } (and more).
blocked-some = { $blocked } of { $listed ->
    [one] { $listed } SKU
   *[other] { $listed } SKUs
} can't be sold: { $reason }.
blocked-some-more = { $blocked } of { $listed ->
    [one] { $listed } SKU
   *[other] { $listed } SKUs
} can't be sold: { $reason } (and more).
volume-tiers = Volume tiers: { $tiers }
price-from = From { $day }: { $price }
not-added = Not added: { $why }
added-more = Added { $quantity } more × { $title }: the cart line now holds { $total }.
added = Added { $quantity } × { $title } to the cart.
added-not-saved = Added { $quantity } × { $title } to the cart on this page, but it could not be saved.
term-and-billing = Term and billing
billing = Billing
pay-as-you-go = Pay as you go, monthly in arrears
unit-price-whole-term = Unit price, whole term
plans-side-by-side = Every term and billing ({ $count })
col-per-month = Per month
col-whole-term = Whole term
col-billing-premium = Premium
plans-premium-note = Unit prices from the price list in force today. The premium is what a billing adds to the lowest price of the same term.
quantity = Quantity
add-to-cart-named = Add to cart: { $title }
price-erp-margin = ERP { $erp } · margin { $margin } ({ $percent }%)
price-erp-margin-title = Microsoft's estimated retail price (ERP Price) and your margin on it: the unit price is your cost.
margin-total = Margin at estimated retail prices
limits-trial = Trials are for exactly { $seats }, for { $days } days.
limits-range = { $minimum }–{ $maximum } per subscription
limits-pool = ; { $remaining } of the { $limit } small-business seats left
limits-no-maximum = { $minimum } or more per subscription
limits-per-customer = ; a customer may own { $limit }: { $remaining } left
qualification-none-badge = None
qualification-approved = Approved
qualification-in-review-since = In review since { $day }
qualification-denied-why = Denied: { $why }

## What if and Why can't I find

why-cant-i-find = Why can't I find…?
why-search-label = Offer name or id, anywhere in the catalog
why-search-placeholder = e.g. Business Central Premium
why-none = No offer in the catalog has that name or id.
can-be-sold = ✓ Can be sold to this customer.
hidden-because = Not in the list because { $why }.
hidden-tab = it is under the { $tab } tab
hidden-segment = the Segment filter hides it
hidden-publisher = the Publisher filter hides it
hidden-billing = the Billing type filter hides it
hidden-category = the Category filter hides it
hidden-search = the search text doesn't match it
hidden-cannot-buy = offers this customer can't buy are hidden
hidden-not-changed = "Changed this month" is on, and this month's price list doesn't mark it as new or changed
what-if-title = What if…?
what-if-hint = Change facts for this page only. The stored customer and partner stay as they are.
what-if-open = Try other facts
what-if-customer = The customer
what-if-partner = The partner
what-if-qualification = Special qualification (approved)
what-if-agreement = Customer Agreement
what-if-partner-type = Partner type
what-if-us-gov = US Government Cloud validation
what-if-gcc = GCC validation
as-it-is = As it is: { $value }
as-it-is-none = none
status-lower-approved = approved
status-lower-in-review = in review
status-lower-denied = denied
accepted-lower = accepted
not-accepted-lower = not accepted
accepted = Accepted
validated = Validated
not-validated = Not validated
validated-lower = validated
not-validated-lower = not validated
gained = +{ $count } gained
lost = −{ $count } lost
gained-title = Gained
lost-title = Lost
and-more = and { $count } more
what-if-reset = Reset what-if
qualification-and-status = { $qualification }, { $status }

## Forms

field-qualification = Qualification
field-status = Status
field-partner-type = Partner type
qualification-none-commercial = None (commercial)

## The day, the price list, the footer

today-is = Today is
app-day = The app's day
app-day-help = Verdicts, prices and cancellation windows follow this day, in this tab only. What is stored keeps its real dates.
move-to-day = Move to this day
back-to-real-date = Back to the real date
app-day-is = The app's day is { $day }.
really-it-is = Really it is { $day }.
price-list-other-market = This customer is billed from the { $customer_market } price list{ $billed_in }. These are the { $catalog_market } price list's prices, in { $catalog_currency }, shown for reference: import the { $customer_market } price list on the Data page for the prices Partner Center would charge.
billed-in = , in { $currency }
buy-in-catalog-currency = Buy places this order in { $currency }, at the { $catalog_market } price list's prices, for reference.
countries-unknown = This price list was imported without its offer matrix, so where each offer may be sold is not known here: no offer is held back for a country (embargoed countries aside). Import the offer matrix with the price list on the Data page to check availability by country.
footer-built-in = Built-in catalog (US market, prices in USD; where Microsoft publishes no price or date, its prices and dates are illustrations):
footer-synthetic = Synthetic catalog ({ $name }, for scale tests, prices in USD):
footer-restoring = Loading the imported catalog { $file }…
footer-imported = Imported catalog ({ $file }, prices in { $currency }):
footer-products = { $count ->
        [one] product,
       *[other] products,
    }
footer-skus = { $count ->
        [one] SKU,
       *[other] SKUs,
    }
footer-offers = { $count ->
        [one] offer
       *[other] offers
    } (a SKU for one segment and period). Verdicts as of { $day }.

## Day errors

day-not-a-date = "{ $text }" is not a date: enter it as YYYY-MM-DD, for example 2026-12-05.
day-out-of-range = Choose a day between { $earliest } and { $latest }.

## Customers

customers-title = Customers
new-customer = New customer
customers-lead = Select a customer's row to add products for it. Each customer's tenant country, special qualification and Microsoft Customer Agreement decide what you can sell it.
data-stays-here = Everything you enter stays in this browser: nothing is sent anywhere. To carry it to another device, say from a phone to a laptop, export all data on one and import the file on the other.
data-stays-here-link = Export or import all data
customer-saved = { $name } was saved. Its actions are open below.
col-customer = Customer
col-tenant-country = Tenant country
col-special-qualification = Special qualification
col-customer-agreement = Customer Agreement
col-subscriptions = Subscriptions
accepted-short = Accepted { $day }
accepted-by = by { $name }
served-from = served from { $country }
add-products-for = Add products for { $name }
subscriptions = Subscriptions
subscriptions-of = Subscriptions of { $name }
view-orders = View orders
view-orders-of = View orders of { $name }
edit-customer = Edit customer
edit-customer-named = Edit customer { $name }

## Review

review-title = Review your orders
review-lead = Check the lines, change quantities or terms, then Buy. Every line is checked against the rules again when you buy.
cart-empty = The cart is empty.
cart-bought-as = It was bought, perhaps in another tab, as order
order-lines = Order lines
col-offer = Offer
col-term-and-billing = Term and billing
col-quantity = Quantity
col-unit-price = Unit price
col-line-price = Line price
remove = Remove
remove-from-cart = Remove { $title } from the cart
total = Total
add-more-products = Add more products
lines-blocked = { $count ->
    [one] { $count } line can't be bought; fix or remove it.
   *[other] { $count } lines can't be bought; fix or remove them.
}
cart-keeps = The cart keeps { $quantity } until the quantity is fixed.
pay-as-you-go-short = Pay as you go
term-and-billing-for = Term and billing for { $title }
quantity-of = Quantity of { $title }
problem-not-in-catalog = This offer is no longer in the catalog.
problem-plan-not-offered = This term and billing frequency is not offered for it; choose another.
problem-end-outside-term = This line can end only from today to { $full }, the last day of a full term; { $ends } is not in it: choose another end date or the full term.
ends-with = With { $name }, ends { $day }
full-term-ends = Full term, ends { $day }
term-end-for = Term end of { $title }
cart-line-gone = That line is no longer in the cart: it was changed in another tab.
cart-gone = This offer or this customer is no longer here; reload the page.
buy-cart-empty = The cart is empty: it may have been bought or emptied in another tab.
buy-lines-blocked = Some lines can't be bought any more; they are marked below.

## Orders

created-at = { $day }, { $time } UTC
export-csv = Export CSV
export-json = Export JSON
no-orders = No orders yet for this customer.
orders-newest-first = Orders, newest first
col-order-number = Order number
col-created = Created
col-items = Items
col-status = Status
col-total = Total
order-status-completed = Completed
order-status-cancelled = Cancelled
order-status-partly-cancelled = Partly cancelled
order-not-found = Order not found
order-not-found-detail = There is no order with this number for this customer.
line-cancelled = Line { $line } was cancelled. Refund: { $refund }.
order-placed = Your order was placed.
order-placed-next = The subscriptions are active for the customer now: manage their seats and renewal under
order-title = Order
print = Print
line-items = Line items
col-price = Price
col-subscription = Subscription
col-line = Line
cancellable-until = Cancellable until { $until }
usage-nothing-to-cancel = Billed for usage: nothing to cancel
cancelled-refunded = Cancelled { $day } · refunded { $refund }
cancel-question = Cancel { $name } (line { $line })? The customer is refunded { $refund }. This can't be undone.
subscription-active = Active
cancel-line = Cancel line { $line } (refund { $refund })
confirm-cancel-line = Confirm cancelling line { $line }
yes-cancel = Yes, cancel it
keep-it = Keep it
refunded = Refunded
account-seats-added = { $seats ->
        [one] { $seats } seat added
       *[other] { $seats } seats added
    } to { $name } on { $day }
account-seats-removed = Refund: { $seats ->
        [one] { $seats } seat removed
       *[other] { $seats } seats removed
    } from { $name } on { $day }
account-cancelled = Refund: { $name } cancelled on { $day }
account-term-lengthened = { $name } moved to a longer term on { $day }
account-term-credit = Credit: the rest of { $name }'s previous billing period, on { $day }
account-renewed = { $name } renewed for a new term on { $day } ({ $seats ->
        [one] { $seats } seat
       *[other] { $seats } seats
    })
total-after-refunds = Total after refunds
cancellation-policy-hint = License-based and software subscriptions can be cancelled within { $hours } hours of purchase or of a renewal, with a prorated refund of that term's first invoice; third-party SaaS within { $saas_hours } hours of purchase, with a full refund; a trial at any time during the trial; an Azure reservation at any time in its term, for the commitment left.
cancel-no-such-line = There is no line { $line } on this order.
cancel-already = This subscription was already cancelled on { $day }.
cancel-not-yet-bought = This subscription was bought on { $at }, after the day in use: move the day forward to cancel it.
cancel-window-closed = This subscription could be cancelled only within { $hours } hours of { $opened ->
        [renewal] its renewal
        [upgraded-from] the purchase or renewal of the subscription it was upgraded from
       *[purchase] its purchase
    }; that window closed on { $closed }.
cancel-trial-ended = This trial ended on { $at }; there is nothing left to cancel.
cancel-term-ended = This reservation's term ended on { $at }; there is nothing left to cancel.
cancel-usage-billed = The Azure plan is billed for what was used, so there is nothing to cancel or refund.

## Cancel errors

cancel-reservation-limit = Cancelling this reservation would refund { $refund }, more than the { $left } left of the { $limit } of reservations a customer can cancel in any 12 months.
cancel-no-such-order = This order is no longer stored here: it may have been removed in another tab.

## Denial reasons Microsoft gives

denial-education = Not an accredited academic institution
denial-nonprofit = Not registered with the Microsoft nonprofit program
denial-gcc = Not a US government entity or a qualifying contractor
denial-soe = Not owned or controlled by the state

## Not found and stored data

back-to-customers = Back to the customer list
page-not-found = Page not found
page-not-found-detail = There is no page at { $path }. It may have been a mistyped or outdated link.
customer-not-found = Customer not found
customer-not-found-detail = There is no customer with the id "{ $id }". It may have been removed, or the link is mistyped.
download-it = Download it
discard-it = Discard it
dismiss = Dismiss
notice-quarantined = The saved value "{ $key }" could not be read: { $why }. It was set aside as "{ $aside }" and the app continues without it; download it or discard it below.
notice-still-quarantined = A saved value that could not be read is still set aside as "{ $key }"; download it or discard it below.
notice-not-kept = This browser does not let the app keep data for this site (site data is blocked, or the page is in a sandboxed frame). Everything works, but customers, carts and orders last only until this tab is reloaded or closed: allow site data for this site to keep them.
notice-write-failed = Could not save "{ $key }": { $why }. What was saved before is unchanged.
decode-not-json = it is not valid JSON ({ $detail })
decode-foreign = it is not a CSP Catalog value (no kind and version)
decode-wrong-kind = it holds { $found } where { $expected } was expected
decode-future-version = it was written by a newer version of CSP Catalog (format { $found }; this version reads up to { $supported })
decode-invalid = its content is not a valid { $kind } ({ $detail })
decode-missing = its content is not a valid { $kind }: { $at } has no field { $found }
decode-out-of-range = its content is not a valid { $kind }: { $at } is { $found }, a value it cannot have
decode-wrong-type = its content is not a valid { $kind }: { $at } is { $found }, not the kind of value it holds
decode-unknown-word = its content is not a valid { $kind }: { $at } is "{ $found }", a word this version does not know there

## Subscriptions

subscriptions-lead = Each subscription as it stands on { $day }. Seats can be added at any time; they can be removed only within 168 hours of the purchase, a renewal or their addition. Select a subscription to manage it.
no-subscriptions = No subscriptions yet.
no-subscriptions-hint = What this customer buys appears here.
col-seats = Seats
col-current-term = Current term
col-auto-renew = Auto-renew
on = On
off = Off
billed-for-usage = Billed for what is used
no-term = No term
renews-on-with = At renewal on { $day }: { $seats }, { $plan }
renews-on-as = At renewal on { $day }: { $edition }, { $seats }, { $plan }
renews-on = Renews on { $day }
ends-on = Ends on { $day }
converts-on = Converts to paid on { $day }
ended-on = Ended on { $day }
term-cancelled = Cancelled
term-upgraded = Its seats moved to a higher edition
term-converted = Became a paid subscription
days-left = { $count ->
    [one] the last day
   *[other] the { $count } days left
}
seats-added = Added { $seats } to { $name }: { $now } now. Charged { $amount } for { $days } of this billing period.
seats-removed = Removed { $seats } from { $name }: { $now } now. Refund: { $amount } for { $days } of this billing period.
unmanageable-status = This subscription is { $status }: nothing can change on it.
unmanageable-usage = This subscription is billed for what is used: it has no seats or term to manage.
auto-renew-on = Auto-renew is on: the subscription renews at the end of its term.
auto-renew-off = Auto-renew is off: the subscription ends with its term.
trial-auto-renew-on = Auto-renew is on: the trial converts to a paid subscription at the end of its 30 days.
trial-auto-renew-off = Auto-renew is off: the trial ends after its 30 days, with nothing to pay.
seats-to-change = Seats to add or remove ({ $now } now)
add-seats = Add seats
remove-seats = Remove seats
renew-automatically = Renew automatically at the end of the term
convert-automatically = Convert to paid at the end of the trial (auto-renew)
trial-converts-hint = On { $day } this trial becomes { $paid } for { $seats }, billed from that day, unless auto-renew is turned off before.
trial-ends-hint = This trial ends on { $day } with nothing to pay; turn auto-renew on to keep it as a paid subscription.
trial-converted = { $name } converted to a paid subscription on { $day }, as its auto-renew was on: order { $order }, { $seats } of { $paid }.
trial-not-converted = { $name } could not be converted to paid on { $day }, so it ended: { $why }
no-upgrade-path = { $name } has no upgrade path.
moved-converted = Converted to paid: { $seats } of { $title }{ $plan }, on order { $order } from today.
moved-upgraded = Upgraded: { $seats } of { $title }{ $plan }, on order { $order }, from today to the end of the term on { $ends }.
convert-to-paid = Convert to paid
paid-edition = Paid edition
convert-hint = A trial becomes a paid subscription of its product during its 30 days, from today; otherwise it ends.
upgrade = Upgrade
upgrade-to = Upgrade to
seats-to-move = Seats to move (empty: all)
upgrade-hint = The seats move to a new subscription of the higher edition that ends with this one's term and keeps its cancellation window, priced for the days left; what is left stays here.
window-all-seats = Any seats can be removed until { $until } (168 hours after the term began).
window-recent-seats = Only the { $seats } added in the last 168 hours can be removed, until { $until }.
window-closed = The 168-hour window to remove seats is closed: they are committed until the term ends on { $day }.
at-renewal-saved = At renewal: { $seats }, { $plan }.
schedule-cleared = What was scheduled for the renewal was cleared, as a change mid-term does.
at-renewal-saved-as = At renewal: { $edition }, { $seats }, { $plan }.
edition-at-renewal = Edition
keep-edition = { $edition } (as now)
at-renewal = At renewal
term-lengthened = The term is now { $plan } from today: charged { $charge } for its first billing period, credited { $credit } for the rest of the previous one.
longer-term-hint = Mid-term a term can only get longer: a new term starts today at today's price, its first billing period charged and the rest of the current one credited. A shorter term or another billing frequency is set for the renewal.
change-term-now = Change the term now
longer-term = A longer term, from today
save-renewal = Save renewal changes
change-not-found = This subscription is not among the customer's: it may have been removed in another tab.
change-offer-not-in-catalog = This subscription's offer is not in the catalog in use, so its limits and price are unknown here.
change-not-renewable = This subscription has no term to renew: it is billed for what is used, or it is a trial.
change-not-upgradable = Only a paid subscription can be upgraded; a trial is converted to paid instead.
change-not-a-trial = Only a trial can be converted to paid.
change-not-a-conversion = A trial converts only to a paid edition of its own product.
change-not-a-renewal-edition = This subscription can't renew as that edition: only as an edition its SKU upgrades to, or one that upgrades to it.

## Page headings (also drawn by index.html before the app starts)

rules-title = Rules
rules-lead = What the rules engine checks for every offer, partner and customer. The tables below are the engine's own data.
partner-lead = Your company as Partner Center knows it. The tenant country and reseller qualifications decide what you can sell.
data-title = Data
training-title = Training
training-theme-unknown = The theme "{ $theme }" in the address is not one of Training's: showing { $shown }.
training-lead = Can this partner sell this offer to this customer? Answer, pick the reasons, and the rules engine marks it: every question is a real situation from the catalog and the demo customers.
training-preparing = Preparing the exercises…
frame-loading = Loading the catalog…
frame-slow = Still loading? The app needs a browser with JavaScript and WebAssembly turned on. Reload the page to try again.

## The rules, as the Rules page and Training show them

rule-title-purchase-channel = Bought in the Azure portal
rule-explanation-purchase-channel = Some items are listed for information only: they are bought in the Azure portal, not from the Add products page; Azure for US Government is sold from Partner Center for Microsoft Cloud for US Government, a Partner Center of its own.
rule-source-purchase-channel = Partner Center, "Overview of partner offers in the Cloud Solution Provider program", SaaS and other Azure Marketplace products ("must be purchased from the Azure portal, not Partner Center"); Partner Center's pages, which each apply to "Partner Center" or "Partner Center for Microsoft Cloud for US Government", and Azure Government's "Azure Government authorized reseller list" (partners onboarded to transact Azure Government).
rule-title-customer-agreement = Microsoft Customer Agreement
rule-explanation-customer-agreement = Since 31 January 2020 every customer must have accepted the Microsoft Customer Agreement before anything can be bought for it.
rule-source-customer-agreement = Partner Center, "Overview of partner offers in the Cloud Solution Provider program" ("As of January 31, 2020, all customers will need to have signed the Microsoft Customer Agreement"); "Confirm customer acceptance of the Microsoft Customer Agreement".
rule-title-segment-purchase-rules = Purchase rules for special segments
rule-explanation-segment-purchase-rules = A customer's approved special qualification decides which segments it can be sold (see the table).
rule-source-segment-purchase-rules = Partner Center, "Sell to specialized industries like education, non-profit, and government users", Purchase rules for special segments.
rule-title-qualification-approved = Only an approved qualification counts
rule-explanation-qualification-approved = A qualification that is in review or was denied counts as none: the customer is treated as commercial until it is approved.
rule-source-qualification-approved = Partner Center, "Sell to specialized industries like education, non-profit, and government users", Check the customer qualifications; the customer qualification statuses of the Partner Center API (In review, Approved, Denied).
rule-title-government-lock = GCC lock
rule-explanation-government-lock = Once a customer owns a Government Community Cloud subscription, no commercial, education or nonprofit subscription can be bought for it.
rule-source-government-lock = Partner Center, "Sell to specialized industries like education, non-profit, and government users", Purchase rules for special segments (GCC).
rule-title-reseller-qualification = Reseller qualifications
rule-explanation-reseller-qualification = Selling Government Community Cloud subscriptions needs the partner's GCC validation, and selling Azure to Government its US Government Cloud validation; Education and Nonprofit need no reseller qualification.
rule-source-reseller-qualification = Partner Center, "Sell to specialized industries like education, non-profit, and government users", Check your reseller qualifications; Partner Center API, "Get a partner's validation codes" ("A validation code is required to create a customer in the government community cloud", given after the Government Community Cloud Eligibility Intake Form); "Office 365 Government GCC for CSP partner and customer eligibility criteria".
rule-title-indirect-reseller = Indirect resellers order through their provider
rule-explanation-indirect-reseller = An indirect reseller doesn't buy from Microsoft: its indirect provider (distributor) places each order in Partner Center for the reseller's customer, with the reseller as partner of record. So an indirect reseller can place no order here, whatever the offer.
rule-source-indirect-reseller = Partner Center, "Partner with indirect resellers in the Cloud Solution Provider program" and "Create an order for a customer of an indirect reseller" (the indirect provider places the order, with the reseller as partner of record).
rule-title-regional-authorization = Regional authorization
rule-explanation-regional-authorization = A partner's tenant may sell only to customers in its own CSP region: a tenant in Slovakia sells across Europe, including to Germany; ten regions are a single country, so a tenant in the United States sells to no customer in Canada or Germany. A partner selling in several regions has a tenant in each, and each customer is served from the tenant in its region.
rule-source-regional-authorization = Partner Center, "Regional authorization overview" and Microsoft's "Regional Authorization FAQ" ("There are 10 single country regions where transactions are limited to customers in that country. For example, a USA tenant cannot be used to sell to a Canadian Customer."). Which region each territory and borderline country is in follows geography where that table is not obvious: this app's own simplification.
rule-title-teams-suites = Enterprise suites with Teams for existing customers
rule-explanation-teams-suites = A customer new to the enterprise suites buys them without Teams (Office 365 E1, E3, E5 and Microsoft 365 E3, E5 "(no Teams)"), with Microsoft Teams Enterprise beside them; a customer that owns a suite with Teams keeps it, renews it, adds seats and buys more of it. In force since 1 October 2023 in the European Economic Area and Switzerland and since 1 April 2024 everywhere else; the business and frontline suites are still sold with Teams, and Education, Nonprofit and Government offers are not affected.
rule-source-teams-suites = Microsoft's announcement of 1 April 2024 on Microsoft 365 and Office 365 suites without Teams worldwide (new customers buy the suites without Teams and Microsoft Teams Enterprise; existing subscribers may keep, renew, upgrade and add seats), extending the change made in the European Economic Area and Switzerland on 1 October 2023; distributor notes (TD SYNNEX, Evolve IP) on who counts as an existing customer and that Education, Nonprofit and Government offers are not affected. Which titles are the suites with Teams is matched on their exact names: this app's own reading.
rule-title-add-on-base = Add-ons need a prerequisite on the tenant
rule-explanation-add-on-base = An add-on is a subscription of its own, bought from the catalog like any offer, once the tenant owns one of its prerequisites (a compatible base subscription); it is not bought onto a chosen base, and cancelling or ending the prerequisite later leaves the add-on as it is.
rule-source-add-on-base = Partner Center, "Overview of partner offers in the Cloud Solution Provider program", Troubleshooting catalog purchases ("Only base offers can be purchased in the catalog"); "Introduction: New commerce add-ons" (an add-on is its own subscription, and its prerequisite must be owned by the tenant). What Microsoft does to an add-on whose prerequisite is later cancelled is unverified: this app leaves it running. Which bases each Teams add-on accepts: Microsoft's Teams add-on licensing (Teams Phone is included in E5 and added to the other suites or to Teams Enterprise; a calling plan needs Teams Phone; Teams Premium needs a license with Teams).
rule-title-reservation-azure-plan = Reservations need an Azure plan
rule-explanation-reservation-azure-plan = An Azure reservation discounts the customer's Azure usage for one or three years: it is bought for a customer that has an Azure plan.
rule-source-reservation-azure-plan = Partner Center, "Buy Azure reservations on behalf of your customers" and Azure, "Purchase Azure reservations" (a reservation applies to Azure usage of the customer's subscriptions under its Azure plan; reservations are not sold in every market, which the offer matrix's countries say). That a customer must own its Azure plan before buying one here is this app's reading of that.
rule-title-partner-country = Available in the partner's country
rule-explanation-partner-country = An offer must be available in the partner's tenant country.
rule-source-partner-country = Partner Center, "Overview of partner offers in the Cloud Solution Provider program", Troubleshooting catalog purchases ("Verify the products are available in your market"); the offer matrix's AllowedCountries.
rule-title-customer-country = Available in the customer's country
rule-explanation-customer-country = An offer must be available in the customer's tenant country.
rule-source-customer-country = Partner Center, "Overview of partner offers in the Cloud Solution Provider program", Troubleshooting catalog purchases ("Verify the products are available in your market"); the offer matrix's AllowedCountries.
rule-title-price-list = In the current price list
rule-explanation-price-list = An offer can be bought only between the first and last day it appears in the monthly price list, both included.
rule-source-price-list = Partner Center, "Overview of partner offers in the Cloud Solution Provider program", Troubleshooting catalog purchases ("Verify the offers are available in the price list"); the price list's EffectiveStartDate and EffectiveEndDate.
rule-title-one-trial-per-offer = One trial per offer
rule-explanation-one-trial-per-offer = Trials last 30 days for a fixed 25 licenses, and a customer gets one trial per offer, and none of a product it already pays for. Add-ons have no trials; Education and Government offers do, as Microsoft's price list shows.
rule-source-one-trial-per-offer = Partner Center's new-commerce trials: 30 days, 25 licenses, one trial per offer per customer (restated in this product's domain checklist). Microsoft's own license-based price list (November 2025) has Education and Government trial rows (Microsoft 365 A5, Teams Rooms Pro, SharePoint Advanced Management GCC); that add-ons have no trials is the domain checklist's, unverified against a Microsoft page. That a customer that owns the paid product gets no trial of it comes from an audit of Microsoft's new-commerce trial documentation (this product's issue 24); the Microsoft page itself is unverified here.
rule-title-quantity = Quantity limits
rule-explanation-quantity = Each SKU has a minimum and maximum quantity per subscription, checked for the whole line at Add to cart; the Microsoft 365 Business plans share a pool of 300 seats per customer, and some SKUs allow only so many per customer, counting what it owns and what is in the cart.
rule-source-quantity = The offer matrix's MinLicenses and MaxLicenses; Partner Center's error "The requested number of seats exceeds the remaining limit"; the 300-seat limit the Microsoft 365 Business plans share. The per-customer limits (Teams Rooms Basic, free for up to 25 rooms per tenant; one Azure plan per customer) are Microsoft's product terms; their sentences are this app's.
rule-title-seat-changes = Seat changes after the sale
rule-explanation-seat-changes = Seats can be added to a subscription at any time, within the SKU's maximum and any pool, and are charged for the days left of the billing period (a month when billed monthly, the year or the term when paid for it at once) at the price the term began with: a price-list change applies from the next renewal. Seats can be removed, and the subscription cancelled, only within 168 hours (7 days) of the purchase or a renewal, and seats added mid-term only within 168 hours of their addition; after that they are committed until the term ends. Software subscriptions and Azure reservations never have seats removed (a reservation is exchanged or refunded instead). A trial keeps its fixed seats until it is converted.
rule-source-seat-changes = Partner Center, "New commerce experience cancellation policy" (quantity reductions within 7 days, 168 hours, of the purchase or renewal) and Microsoft's new commerce license-based offers (seats added mid-term are prorated to the term's end, and can be reduced within 168 hours of their addition; the price is locked for the term and changes apply at renewal). The window was 72 hours when new commerce began for licenses and became 168 hours in early 2022 (Microsoft's Partner Center announcements of February 2022); the day this app applies, 1 March 2022, is unverified. Crediting a reduction, and a cancellation, for the days left of the billing period invoiced (never more than was billed for those seats) is this app's simplification of the prorated credit. No license reduction on software subscriptions: Partner Center's software subscriptions in new commerce; reservations: Azure, "Self-service exchanges and refunds for Azure Reservations".
rule-title-upgrades = Upgrades and trial conversions
rule-explanation-upgrades = A subscription can be upgraded, all its seats or some, only along the paths Microsoft allows for its SKU; the seats move to a new subscription of the higher SKU, bought like any order (the rules apply), that ends with the original subscription's term, priced for the days left, and keeps its cancellation window. A trial converts to a paid edition of its product during its 30 days, or at their end unless its auto-renew is turned off.
rule-source-upgrades = Partner Center, "Upgrade a customer's subscription" (new commerce: all or some seats, to the SKUs Partner Center lists as eligible, on a new subscription that keeps the original term end date) and "New commerce experience cancellation policy" (a partial upgrade inherits the cancellation window of the subscription it came from; that a full upgrade does too is this app's reading); new commerce trials convert to paid at the end of the trial unless auto-renew is turned off (distributor guidance, AppXite's "How do NCE trial subscriptions work?"; Microsoft's own page unverified), which paid edition and plan a trial becomes at its end (the product's first paid SKU, 1 year billed monthly where offered) is this app's choice. The offer matrix's upgrade column. Which paths the built-in catalog lists is this app's selection of Microsoft's common ones (Business Basic, Standard and Premium to the suites with or without Teams, Office 365 E1 and E3 up, Microsoft 365 E3 to E5, F1 to F3).
rule-earlier-reseller-qualification = As the 2020 seeds describe it, license-based Government subscriptions needed no reseller qualification; only Azure for Government needed the US Government Cloud validation. When Microsoft began requiring GCC validation is unverified.
rule-earlier-seat-changes = When new commerce began for licenses (January 2022), seats could be removed, and a subscription cancelled, only within 72 hours of the purchase or a renewal.
rule-earlier-teams-suites-everywhere = Every commercial customer could buy the enterprise suites with Teams (Office 365 E1, E3, E5, Microsoft 365 E3, E5).
rule-earlier-teams-suites-outside-europe = In the European Economic Area and Switzerland, customers new to the enterprise suites bought them without Teams; everywhere else, every commercial customer could still buy them with Teams.
rule-earlier-add-on-base = As the 2020 seeds describe it, an add-on was bought onto a base subscription the partner chose, and it ended when that base was cancelled or expired.
rule-in-force-since = In force since { $date }.
rule-in-force-from = In force from { $date }: on the app's day, { $today }, the earlier version marked below applies.
rule-no-start-date = No source found gives the day this rule came in force: the app applies it on every day.
rule-history = Earlier versions
rule-until = Until { $date }:
rule-until-unverified = Before (when it changed is unverified):
rule-applies-on-the-day = Applies on the app's day

## Rules page

can-be-sold-cell = ✓ Can be sold
cannot-be-sold-cell = ✗ Cannot be sold
purchase-rules-title = Purchase rules for special segments
purchase-rules-note = Only an approved qualification counts; a customer whose qualification is in review or denied is treated as commercial.
customer-is = Customer type
segment-offers-column = { $segment ->
    [commercial] Commercial offers
    [education] Education offers
    [nonprofit] Nonprofit offers
   *[government] Government Community Cloud offers
}
segment-locks = Segment locks
segment-lock = A customer that owns a { $owned } subscription can then only be sold { $only } offers.
reseller-requirements = Reseller requirements
any-product = any product
reseller-requirement = Selling { $scope } to { $segment } customers needs the partner's { $needs }.
no-reseller-qualification = Education and Nonprofit offers need no reseller qualification.
csp-regions = CSP regions
csp-regions-note = A partner's tenant sells only to customers in its own region. Ten regions are a single country; open a region to see its countries.
region-own = { $region } (a region of its own)
region-countries = { $region } ({ $count } countries and territories)
every-rule = Every rule
source = Source: { $source }
rule-pages = Find on Microsoft Learn:
after-the-sale-cancel = After the sale: cancelling a subscription
policy-prorated = License-based and software subscriptions can be cancelled within { $hours } hours of their purchase or of a renewal, for that term's first invoice less the days used (a day begun counts); the window was 72 hours until 28 February 2022.
policy-saas = Third-party SaaS can be cancelled within { $hours } hours of its purchase, for a full refund.
policy-trial = A trial can be cancelled at any time during the trial; nothing was paid.
policy-reservation = An Azure reservation can be cancelled at any time in its term, for the commitment left, up to { $limit } of reservations cancelled per customer in any 12 months (Microsoft states the limit in US dollars; this app applies it in the order's currency).
policy-usage = The Azure plan is billed for what was used: there is nothing to cancel or refund.
cancellation-source = Partner Center, "New commerce experience cancellation policy"; Azure, "Self-service exchanges and refunds for Azure Reservations". Applying the USD 50,000 limit in the order's own currency is this app's simplification.

## Training

theme-special-segments = Special segments
theme-partner-and-agreement = Partner and Customer Agreement
theme-countries = Countries
theme-add-ons = Add-ons
theme-price-lists-and-trials = Price lists and trials
theme-quantities = Quantities
theme-after-the-sale = After the sale
# A question's lines are shown one under the other, one fact of the situation each; the
# sentence is read whole by screen readers and in copied text.
training-question-buy =
    Can { $partner }
    sell { $what }
    to { $customer }
    on { $day }?
training-what-quantity = { $seats } of { $offer }
training-question-after-sale =
    Can { $partner }
    { $what }
    on { $day } at { $time } UTC?
after-sale-add =
    add { $seats } to the { $subscription } subscription
    of { $customer }
after-sale-remove =
    remove { $seats } from the { $subscription } subscription
    of { $customer }
after-sale-upgrade =
    upgrade { $seats } of the { $subscription } subscription
    of { $customer }
    to { $to }
assume-no-qualification = The customer has no special qualification.
assume-qualification = The customer's { $qualification } qualification is approved.
assume-no-agreement = The customer has not accepted the Microsoft Customer Agreement.
assume-partner-direct-bill = The partner is a direct-bill partner.
assume-partner-indirect-provider = The partner is an indirect provider.
assume-partner-indirect-reseller = The partner is an indirect reseller.
assume-no-us-gov = The partner is not validated for the US Government Cloud.
assume-no-gcc = The partner is not validated for GCC.
assume-gcc-validated = The partner is validated for GCC.
assume-us-gov = The partner is validated for the US Government Cloud.
assume-partner-country = The partner sells from its tenant in { $country }, and has no other.
assume-customer-country = The customer's tenant is in { $country }.
fact-bought-subscription = The subscription was bought on { $day } at 00:00 UTC, { $plan }.
fact-bought-trial = The trial was bought on { $day } at 00:00 UTC, { $plan }.
fact-plan-term = on a term of { $plan }
fact-plan-usage = billed for what is used
fact-renewed = Its current term began on { $day }.
fact-status = It is { $status }.
fact-seats = It has { $seats }.
fact-seats-added = It has { $seats }; { $added } of them were added on { $day } at { $time } UTC.
themes = Themes
new-set = New set
set-name = { $theme } · set { $set }
exercise-number = Exercise { $number }
assume-that = Assume that
can-it-be-sold = Can it be sold?
can-it-be-done = Can it be done?
yes = Yes
no = No
why-not-pick = Why not? Pick every reason that applies
true-here = ✓ true here
not-true-here = ✗ not true here
check-answer = Check answer
see-in-add-products = See it in Add products
see-in-add-products-note = (with the assumed facts set under What if…?)
see-in-subscriptions = See it in Subscriptions
see-in-subscriptions-note = (on that day, with the changes saved in this browser: the { $seats } assumed added here are not among them)
mark-right = Right.
mark-verdict-only = Right verdict, but not the right reasons.
mark-wrong = Not quite.
engine-can-sell = The engine says: it can be sold.
engine-cant-sell = The engine says: it can't be sold.
engine-can-do = The engine says: it can be done.
engine-cant-do = The engine says: it can't be done.
rule-and-source = Rule: { $rule }. Source: { $source }
your-progress = Your progress
set-score-so-far = This set: { $answered } of { $total } answered, { $right } right so far.
set-score-done = Set complete: { $right } of { $total } right.
set-score-next = Take a new set
training-built-in-world = Training asks about the built-in catalog and the demo customers, not { $file } imported in this browser: a set's link then gives everyone the same exercises.
theme-score = { $theme }: { $right } of { $answered } right
rules-missed = Rules you missed
missed-times = { $rule } ({ $count ->
    [one] { $count } time
   *[other] { $count } times
})
try-again = Try again

## Links the page doesn't understand

query-notice = The link's { $key } "{ $value }" isn't one this page knows, so it shows { $fallback } instead.
fallback-any = Any
fallback-online-services = Online services
fallback-products = products
fallback-by-name = by name
fallback-sellable-only = sellable offers only
fallback-real-facts = the facts as they are
fallback-everything = changed or not

## Form problems

form-id-taken = Another customer already has the id "{ $id }".
form-id-missing = Enter an id for the customer's links (like contoso-ltd).
form-id-invalid = The id may use lower-case letters, digits and dashes (like contoso-ltd).
form-customer-name-missing = Enter the customer's company name.
form-name-too-long = The name can be at most { $max } characters.
form-customer-country-missing = Choose the customer's tenant country.
form-region-in-list = the { $region } region
form-no-csp-region = no CSP region
form-outside-tenant-regions = Your tenants sell only in { $sold_in }: { $region_kind ->
        [none] { $country } is in no CSP region
       *[named] add a tenant in the { $region } region on the partner profile to serve a customer in { $country }
    }.
qualification-change-education-final = An Education qualification can't be changed or removed once it is set.
qualification-change-nonprofit = Nonprofit comes from Microsoft's nonprofit program, not from the partner: the customer registers with Microsoft, and its qualification follows.
qualification-change-cant-remove = A partner can't remove a customer's qualification; it can set Education, Government Community Cloud or State Owned Entity.
form-review-in-future = The review can't start in the future.
form-review-date-missing = Enter the date the review started (YYYY-MM-DD).
form-denial-reason-missing = Say why the qualification was denied, e.g. "{ $example }".
form-signer-name-missing = Enter the name of the person who accepted the agreement.
form-signer-email-invalid = Enter the signer's email address, like name@example.com.
form-accepted-in-future = The acceptance date can't be in the future (today is { $today }).
form-accepted-after-latest = The agreement was accepted after { $latest }, the last day the app can move to.
form-review-after-latest = The review starts after { $latest }, the last day the app can move to.
form-accepted-date-missing = Enter the date the agreement was accepted (YYYY-MM-DD).
form-partner-name-missing = Enter your company's name.
form-partner-country-missing = Choose your tenant country.
form-provider-only-indirect = Only an indirect reseller is connected to an indirect provider.
form-not-a-country = "{ $picked }" is not a country.
form-tenant-in-no-region = { $country } is in no CSP region: a tenant can't be there.
form-already-main-tenant = { $country } is already your main tenant's country.
form-tenant-listed-twice = { $country } is listed twice.
form-one-tenant-per-region = { $first } and { $second } are both in the { $region } region: a partner has one tenant per region.

## Customer and partner forms

nothing-saved-fix = Nothing was saved. Please fix:
choose-a-country = Choose a country
legend-company = Company
field-company-name = Company name
field-customer-id = Customer id
hint-customer-id = Used in links; lower-case letters, digits and dashes.
field-tenant-country = Tenant country
legend-special-qualification = Special qualification
field-in-review-since = In review since
field-denial-reason = Reason for denial
hint-for-example = For example: { $example }.
legend-customer-agreement = Microsoft Customer Agreement
switch-agreement-accepted = The customer has accepted the Microsoft Customer Agreement
field-signer-name = Signer's name
field-signer-email = Signer's email
field-accepted-on = Date accepted
hint-not-in-future = Not in the future.
form-cancel = Cancel
save-customer = Save customer
partner-saved = Saved. Every verdict now uses this profile.
legend-other-tenants = Tenants in other CSP regions
hint-other-tenants = A tenant sells only to customers in its own CSP region: one in Slovakia sells across Europe, one in the United States only in the United States. A partner selling in several regions has a tenant in each, and each customer is served from the tenant in its region.
remove-tenant = Remove the tenant in { $country }
no-country-yet = no country yet
remove-tenant-button = Remove
add-tenant = Add a tenant in another region
legend-reseller-qualifications = Program info: reseller qualifications
switch-us-government-cloud = Validated for the US Government Cloud (needed to sell Azure to Government)
switch-gcc-validation = Validated for GCC (needed to sell Government Community Cloud subscriptions)
field-indirect-provider = Indirect provider
hint-indirect-provider = The indirect provider (distributor) that places your customers' orders in Partner Center.
save-profile = Save profile

## Importing a price list: ids, rows, files

id-malformed-product = "{ $value }" is not a product id: expected 12 upper-case letters or digits, like CFQ7TTC0LH18
id-malformed-sku = "{ $value }" is not a SKU id: expected 4 upper-case letters or digits, like 0001
id-malformed-availability = "{ $value }" is not an availability id: expected 12 upper-case letters or digits, like CFQ7TTC0K971
id-malformed-product-sku = "{ $value }" is not a product and SKU id: expected product:sku, like CFQ7TTC0LFLZ:0002
id-malformed-catalog-item = "{ $value }" is not a catalog item id: expected product:sku:availability, like CFQ7TTC0LH18:0001:CFQ7TTC0K971
id-malformed-customer = "{ $value }" is not a customer id: expected lower-case letters, digits and dashes, like contoso-pharma
id-malformed-order = "{ $value }" is not an order number: expected 4 to 40 upper-case letters, digits or dashes, like 7F3A9C21E04B56D8
id-malformed-subscription = "{ $value }" is not a subscription id: expected 1 to 64 letters, digits or dashes, like 0f6c54d2-5a3e-4c1d-9f20-000000000001
file-price-list = Price list
file-offer-matrix = Offer matrix
row-problem-at-column = { $file } line { $line }, { $column }: { $reason }
row-problem-at-line = { $file } line { $line }: { $reason }
row-not-csv = can't be read as CSV ({ $text })
row-empty = is empty
row-not-a-price = "{ $text }" is not a price (a number like 12.50)
row-price-too-high = "{ $text }" is more than a unit price can be here (at most { $limit })
row-not-a-date = "{ $text }" is not a date (like 2026-11-01)
row-not-a-term = "{ $text }" is not a term this app sells (P1M, P1Y or P3Y)
row-not-a-billing-plan = "{ $text }" is not a billing plan (Monthly, Annual, Triennial or None)
row-not-a-segment = "{ $text }" is not a segment (Commercial, Education, Charity or Government)
row-not-a-country = "{ $text }" is not an ISO 3166-1 country code (two letters, such as DE or US)
row-not-a-currency = "{ $text }" is not an ISO 4217 currency code (three letters, such as USD or EUR)
row-not-whole-licenses = "{ $text }" is not a whole number of licenses
row-not-a-whole-number = "{ $text }" is not a whole number
row-not-a-quantity-range = { $min } to { $max } is not a quantity range
row-end-before-start = is before EffectiveStartDate
row-tier-max-below-min = is below PricingTierRangeMin
row-tier-overlaps = its quantities overlap another row of the same price, for { $has_to ->
        [yes] { $from } to { $to }
       *[no] { $from } and above
    }: one price per quantity
row-trial-shape = a trial must be P1M, billed None, with a price of 0
row-term-not-billed = a { $term } term can't be billed { $billing }
row-repeats-earlier-row = repeats an earlier row's product, SKU, segment, dates, term, billing plan and price tier
row-trial-of-add-on = there are no trials of add-ons
row-kind-changes = SKU { $sku } is { $first ->
        [trial] a trial in its first row, so a paid plan
       *[paid] paid in its first row, so a trial
    } row can't join it
row-overlaps-entry = its dates overlap the SKU's { $segment } price for { $plan }, from { $start } { $has_end ->
        [yes] to { $end }
       *[no] with no end
    }: one price per term and billing plan at a time
row-unknown-base = the base offer { $id } is not in the price list, so it is left out
row-unknown-upgrade-target = the upgrade target { $id } is not in the price list, so it is left out
file-empty = The file is empty.
file-not-csv = The file is not a CSV file this app can read: { $detail }.
file-not-text = { $kind ->
    [workbook] The file is a spreadsheet workbook (.xlsx), not a CSV file. In Excel, choose File › Save As › CSV UTF-8 (Comma delimited), then import that file.
    [utf16] The file is saved as UTF-16 text (Excel's "Unicode Text"). In Excel, choose File › Save As › CSV UTF-8 (Comma delimited), then import that file.
   *[binary] The file is not text: choose the CSV file Partner Center downloads, or save the sheet as CSV UTF-8.
}
file-missing-columns = The { $file ->
        [matrix] offer matrix
       *[prices] price list
    } is missing the { $count ->
        [one] column
       *[other] columns
    } { $columns }.
file-no-usable-row = The price list has no usable row ({ $skipped } skipped).
file-mixed-currencies = The price list mixes currencies ({ $currencies }); import one market's list at a time.
file-invalid-catalog = The imported rows don't make a valid catalog: { $detail }
rows-count = { $count ->
    [one] { $count } row
   *[other] { $count } rows
}
offers-count = { $count ->
    [one] { $count } offer
   *[other] { $count } offers
}
import-summary = { $rows } became { $products } and { $skus } ({ $offers }); { $skipped } skipped.

## Notices about what a link or this browser kept

notice-day-not-used = The app's day "{ $text }" was not used: { $why } The app uses today's date.
notice-saved-catalog-unreadable = The imported catalog saved in this browser could not be read ({ $why }); the built-in catalog is in use.
notice-saved-catalog-not-loaded = The imported catalog { $file } could not be loaded again ({ $why }); the built-in catalog is in use.
notice-saved-catalog-not-removed = The imported catalog could not be removed from this browser ({ $why }); it may come back after a reload.

## Importing and exporting all data

import-unreadable = The file can't be read as a CSP Catalog export: { $why }.
import-duplicate-customer = The file lists the customer id "{ $customer }" twice.
import-cart-for-unknown-customer = The file has a cart for "{ $customer }", which is not one of its customers.
import-order-for-unknown-customer = Order { $order } in the file belongs to "{ $customer }", which is not one of its customers.
import-duplicate-order = The file lists order { $order } twice.
import-changes-for-unknown-customer = The file has subscription changes for "{ $customer }", which is not one of its customers.
customers-count = { $count ->
    [one] { $count } customer
   *[other] { $count } customers
}
carts-count = { $count ->
    [one] { $count } cart
   *[other] { $count } carts
}
orders-count = { $count ->
    [one] { $count } order
   *[other] { $count } orders
}
data-lead-before = Customers, carts and orders live in this browser's local storage, under keys starting with
data-lead-after = . The built-in catalog is part of the app; an imported one is kept in this browser's IndexedDB.
exported-as = Exported all data as { $name }.
download-refused = The browser did not allow the download.
file-not-read = The file could not be read.
import-partner-refused = The partner profile in the file is not one the partner form accepts: { $why }
import-customer-refused = Customer "{ $customer }" in the file is not one the customer form accepts: { $why }
import-empty-cart-line = The cart of "{ $customer }" in the file has a line of no licences.
nothing-imported = Nothing was imported. { $why }
imported-counts = Imported { $customers } and { $orders }.
export-orders-title = Export orders
export-orders-help = Every customer's orders, one row per line item (safe to open in a spreadsheet), or as JSON. The CSV gives amounts in the order's currency (176.40 for $176.40); the JSON keeps the app's own format, in cents (17640), and says so in its "amounts" field.
all-orders-csv = All orders as CSV
all-orders-json = All orders as JSON
export-all = Export all data
export-all-help = One JSON file with the partner profile, every customer, cart and order.
import-all = Import all data
import-all-help = Replaces everything stored here with an exported file. A file that can't be read changes nothing.
choose-import-file = Choose a file to import…
import-confirm = The file holds { $customers }, { $carts } and { $orders }. Importing replaces all data stored here.
replace-my-data = Replace my data
keep-my-data = Keep my data
reset-title = Reset demo data
reset-help = Removes your customers, carts and orders and brings back the demo customers. Values set aside as unreadable are kept until you discard them.
reset-button = Reset demo data…
reset-confirm = Remove everything you changed? Export first if you want to keep it.
reset = Reset
demo-data-back = The demo data is back.
catalog-title = Catalog
catalog-in-use-built-in = In use: the built-in catalog.
catalog-in-use-restoring = Loading { $file } again…
catalog-in-use-synthetic = In use: the synthetic catalog { $name }, for this visit.
catalog-in-use-imported = In use: { $file }. { $summary }
catalog-not-kept = It could not be saved in this browser ({ $why }), so it lasts until you leave the page.
catalog-import-help = Import a license-based new-commerce price list CSV, and optionally its offer matrix CSV (quantities, add-on bases, allowed countries). Rows that can't be used are listed with their line and reason.
price-list-csv-button = Price list CSV…
offer-matrix-csv-button = Offer matrix CSV (optional)…
no-file-chosen = No file chosen
import-price-list = Import price list
use-built-in-catalog = Use the built-in catalog
export-catalog = Export the catalog as a price list CSV
synthetic-hint = To try the app at the scale of a real price list, use a generated catalog for this visit:
use-synthetic = Use { $name }
reading-file = Reading { $file }…
imported-summary = Imported. { $summary }
import-mostly-skipped = Most rows of { $file } could not be used: { $summary } Use it in place of the catalog in use?
import-use-anyway = Use this price list
import-keep-current = Keep the catalog in use
restoring-title = Loading your imported catalog
restoring-text = { $file } is read again from this browser, as at every start. The page opens as soon as it is read.
restoring-progress = Read so far
ids-repaired = { $count ->
    [one] { $count } row's SKU id had lost its leading zeros, as a spreadsheet does when it opens and saves the file (5 for 0005): it was repaired and the row used.
   *[other] { $count } rows' SKU ids had lost their leading zeros, as a spreadsheet does when it opens and saves the file (5 for 0005): they were repaired and the rows used.
}
rows-skipped = { $count ->
    [one] { $count } row skipped
   *[other] { $count } rows skipped
}
choose-price-list-first = Choose a price list CSV file first.
file-not-read-price-list = The price list file could not be read.
file-not-read-offer-matrix = The offer matrix file could not be read.

## Kinds of stored values

stored-kind-partner = a partner profile
stored-kind-customers = a customer list
stored-kind-cart = a cart
stored-kind-order = an order
stored-kind-subscription-changes = subscription changes
stored-kind-training-progress = training progress
stored-kind-export = an export
stored-kind-imported-catalog = an imported catalog
stored-kind-unknown = "{ $name }"

## Country names (ISO 3166)

country-ad = Andorra
country-ae = United Arab Emirates
country-af = Afghanistan
country-ag = Antigua and Barbuda
country-ai = Anguilla
country-al = Albania
country-am = Armenia
country-ao = Angola
country-aq = Antarctica
country-ar = Argentina
country-as = American Samoa
country-at = Austria
country-au = Australia
country-aw = Aruba
country-ax = Åland Islands
country-az = Azerbaijan
country-ba = Bosnia and Herzegovina
country-bb = Barbados
country-bd = Bangladesh
country-be = Belgium
country-bf = Burkina Faso
country-bg = Bulgaria
country-bh = Bahrain
country-bi = Burundi
country-bj = Benin
country-bl = Saint Barthélemy
country-bm = Bermuda
country-bn = Brunei Darussalam
country-bo = Bolivia
country-bq = Bonaire, Sint Eustatius and Saba
country-br = Brazil
country-bs = Bahamas
country-bt = Bhutan
country-bv = Bouvet Island
country-bw = Botswana
country-by = Belarus
country-bz = Belize
country-ca = Canada
country-cc = Cocos (Keeling) Islands
country-cd = Congo, The Democratic Republic of the
country-cf = Central African Republic
country-cg = Congo
country-ch = Switzerland
country-ci = Côte d'Ivoire
country-ck = Cook Islands
country-cl = Chile
country-cm = Cameroon
country-cn = China
country-co = Colombia
country-cr = Costa Rica
country-cu = Cuba
country-cv = Cabo Verde
country-cw = Curaçao
country-cx = Christmas Island
country-cy = Cyprus
country-cz = Czechia
country-de = Germany
country-dj = Djibouti
country-dk = Denmark
country-dm = Dominica
country-do = Dominican Republic
country-dz = Algeria
country-ec = Ecuador
country-ee = Estonia
country-eg = Egypt
country-eh = Western Sahara
country-er = Eritrea
country-es = Spain
country-et = Ethiopia
country-fi = Finland
country-fj = Fiji
country-fk = Falkland Islands (Malvinas)
country-fm = Micronesia, Federated States of
country-fo = Faroe Islands
country-fr = France
country-ga = Gabon
country-gb = United Kingdom
country-gd = Grenada
country-ge = Georgia
country-gf = French Guiana
country-gg = Guernsey
country-gh = Ghana
country-gi = Gibraltar
country-gl = Greenland
country-gm = Gambia
country-gn = Guinea
country-gp = Guadeloupe
country-gq = Equatorial Guinea
country-gr = Greece
country-gs = South Georgia and the South Sandwich Islands
country-gt = Guatemala
country-gu = Guam
country-gw = Guinea-Bissau
country-gy = Guyana
country-hk = Hong Kong
country-hm = Heard Island and McDonald Islands
country-hn = Honduras
country-hr = Croatia
country-ht = Haiti
country-hu = Hungary
country-id = Indonesia
country-ie = Ireland
country-il = Israel
country-im = Isle of Man
country-in = India
country-io = British Indian Ocean Territory
country-iq = Iraq
country-ir = Iran
country-is = Iceland
country-it = Italy
country-je = Jersey
country-jm = Jamaica
country-jo = Jordan
country-jp = Japan
country-ke = Kenya
country-kg = Kyrgyzstan
country-kh = Cambodia
country-ki = Kiribati
country-km = Comoros
country-kn = Saint Kitts and Nevis
country-kp = North Korea
country-kr = South Korea
country-kw = Kuwait
country-ky = Cayman Islands
country-kz = Kazakhstan
country-la = Laos
country-lb = Lebanon
country-lc = Saint Lucia
country-li = Liechtenstein
country-lk = Sri Lanka
country-lr = Liberia
country-ls = Lesotho
country-lt = Lithuania
country-lu = Luxembourg
country-lv = Latvia
country-ly = Libya
country-ma = Morocco
country-mc = Monaco
country-md = Moldova
country-me = Montenegro
country-mf = Saint Martin (French part)
country-mg = Madagascar
country-mh = Marshall Islands
country-mk = North Macedonia
country-ml = Mali
country-mm = Myanmar
country-mn = Mongolia
country-mo = Macao
country-mp = Northern Mariana Islands
country-mq = Martinique
country-mr = Mauritania
country-ms = Montserrat
country-mt = Malta
country-mu = Mauritius
country-mv = Maldives
country-mw = Malawi
country-mx = Mexico
country-my = Malaysia
country-mz = Mozambique
country-na = Namibia
country-nc = New Caledonia
country-ne = Niger
country-nf = Norfolk Island
country-ng = Nigeria
country-ni = Nicaragua
country-nl = Netherlands
country-no = Norway
country-np = Nepal
country-nr = Nauru
country-nu = Niue
country-nz = New Zealand
country-om = Oman
country-pa = Panama
country-pe = Peru
country-pf = French Polynesia
country-pg = Papua New Guinea
country-ph = Philippines
country-pk = Pakistan
country-pl = Poland
country-pm = Saint Pierre and Miquelon
country-pn = Pitcairn
country-pr = Puerto Rico
country-ps = Palestine, State of
country-pt = Portugal
country-pw = Palau
country-py = Paraguay
country-qa = Qatar
country-re = Réunion
country-ro = Romania
country-rs = Serbia
country-ru = Russian Federation
country-rw = Rwanda
country-sa = Saudi Arabia
country-sb = Solomon Islands
country-sc = Seychelles
country-sd = Sudan
country-se = Sweden
country-sg = Singapore
country-sh = Saint Helena, Ascension and Tristan da Cunha
country-si = Slovenia
country-sj = Svalbard and Jan Mayen
country-sk = Slovakia
country-sl = Sierra Leone
country-sm = San Marino
country-sn = Senegal
country-so = Somalia
country-sr = Suriname
country-ss = South Sudan
country-st = Sao Tome and Principe
country-sv = El Salvador
country-sx = Sint Maarten (Dutch part)
country-sy = Syria
country-sz = Eswatini
country-tc = Turks and Caicos Islands
country-td = Chad
country-tf = French Southern Territories
country-tg = Togo
country-th = Thailand
country-tj = Tajikistan
country-tk = Tokelau
country-tl = Timor-Leste
country-tm = Turkmenistan
country-tn = Tunisia
country-to = Tonga
country-tr = Türkiye
country-tt = Trinidad and Tobago
country-tv = Tuvalu
country-tw = Taiwan
country-tz = Tanzania
country-ua = Ukraine
country-ug = Uganda
country-um = United States Minor Outlying Islands
country-us = United States
country-uy = Uruguay
country-uz = Uzbekistan
country-va = Holy See (Vatican City State)
country-vc = Saint Vincent and the Grenadines
country-ve = Venezuela
country-vg = Virgin Islands, British
country-vi = Virgin Islands, U.S.
country-vn = Vietnam
country-vu = Vanuatu
country-wf = Wallis and Futuna
country-ws = Samoa
country-ye = Yemen
country-yt = Mayotte
country-za = South Africa
country-zm = Zambia
country-zw = Zimbabwe
