//! What the import of a price list says, per language: each skipped row with its line, column
//! and reason, a file refused whole, the summary of what was read, and a malformed id. The
//! `Display` of each type is its English sentence.
//!
//! The file's own words stay as the file writes them (column names, `P1M`, `Annual`, ids): a
//! reader looks for them in the file.

use std::fmt;

use super::format::date;
use super::labels::Label;
use super::{keys, lookup_dynamic, text, text_with, Args, Key, Language};
use crate::domain::ids::{IdError, IdKind};
use crate::domain::money::Currency;
use crate::formats::envelope::{DecodeError, ValueProblem};
use crate::formats::export::ImportError;
use crate::formats::pricelist::{CsvFile, FileProblem, ImportSummary, NotText, RowProblem, RowReason, MAX_UNIT_PRICE};

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// "\"cfq7\" is not a product id: expected 12 upper-case letters or digits, like CFQ7TTC0LH18".
pub fn id_error(language: Language, error: &IdError) -> String {
    let IdError::Malformed { kind, value } = error;
    let key = match kind {
        IdKind::Product => keys::ID_MALFORMED_PRODUCT,
        IdKind::Sku => keys::ID_MALFORMED_SKU,
        IdKind::Availability => keys::ID_MALFORMED_AVAILABILITY,
        IdKind::ProductSku => keys::ID_MALFORMED_PRODUCT_SKU,
        IdKind::CatalogItem => keys::ID_MALFORMED_CATALOG_ITEM,
        IdKind::Customer => keys::ID_MALFORMED_CUSTOMER,
        IdKind::Order => keys::ID_MALFORMED_ORDER,
        IdKind::Subscription => keys::ID_MALFORMED_SUBSCRIPTION,
    };
    text_with(language, key, &Args::new().text("value", value.clone()))
}

/// "Price list", "Liste de prix".
pub fn file_name(language: Language, file: CsvFile) -> String {
    text(
        language,
        match file {
            CsvFile::PriceList => keys::FILE_PRICE_LIST,
            CsvFile::OfferMatrix => keys::FILE_OFFER_MATRIX,
        },
    )
}

/// "Price list line 3, TermDuration: \"P2Y\" is not a term this app sells (P1M, P1Y or P3Y)".
pub fn row_problem(language: Language, problem: &RowProblem) -> String {
    let args = Args::new()
        .text("file", file_name(language, problem.file))
        .text("line", problem.line.to_string())
        .text("reason", row_reason(language, &problem.reason));
    match &problem.column {
        Some(column) => text_with(
            language,
            keys::ROW_PROBLEM_AT_COLUMN,
            &args.text("column", column.clone()),
        ),
        None => text_with(language, keys::ROW_PROBLEM_AT_LINE, &args),
    }
}

pub fn row_reason(language: Language, reason: &RowReason) -> String {
    let found = |key: Key, text: &str| (key, Args::new().text("text", text.to_string()));
    let (key, args) = match reason {
        RowReason::BadId(error) => return id_error(language, error),
        RowReason::NotCsv(detail) => found(keys::ROW_NOT_CSV, detail),
        RowReason::Empty => (keys::ROW_EMPTY, Args::new()),
        RowReason::NotAPrice(text) => found(keys::ROW_NOT_A_PRICE, text),
        RowReason::PriceTooHigh(text) => (
            keys::ROW_PRICE_TOO_HIGH,
            Args::new()
                .text("text", text.clone())
                .text("limit", super::format::money(language, MAX_UNIT_PRICE, Currency::USD)),
        ),
        RowReason::NotADate(text) => found(keys::ROW_NOT_A_DATE, text),
        RowReason::NotATerm(text) => found(keys::ROW_NOT_A_TERM, text),
        RowReason::NotABillingPlan(text) => found(keys::ROW_NOT_A_BILLING_PLAN, text),
        RowReason::NotASegment(text) => found(keys::ROW_NOT_A_SEGMENT, text),
        RowReason::NotACountry(text) => found(keys::ROW_NOT_A_COUNTRY, text),
        RowReason::NotACurrency(text) => found(keys::ROW_NOT_A_CURRENCY, text),
        RowReason::NotWholeLicenses(text) => found(keys::ROW_NOT_WHOLE_LICENSES, text),
        RowReason::NotAWholeNumber(text) => found(keys::ROW_NOT_A_WHOLE_NUMBER, text),
        RowReason::NotAQuantityRange { min, max } => (
            keys::ROW_NOT_A_QUANTITY_RANGE,
            Args::new().number("min", *min).number("max", *max),
        ),
        RowReason::EndBeforeStart => (keys::ROW_END_BEFORE_START, Args::new()),
        RowReason::TierMaxBelowMin => (keys::ROW_TIER_MAX_BELOW_MIN, Args::new()),
        RowReason::TierOverlaps { from, to } => (
            keys::ROW_TIER_OVERLAPS,
            Args::new()
                .number("from", i64::from(*from))
                .text("has_to", if to.is_some() { "yes" } else { "no" })
                .number("to", to.map_or(0, i64::from)),
        ),
        RowReason::TrialShape => (keys::ROW_TRIAL_SHAPE, Args::new()),
        RowReason::TermNotBilled { term, billing } => (
            keys::ROW_TERM_NOT_BILLED,
            Args::new().text("term", term.code()).text("billing", billing.code()),
        ),
        RowReason::RepeatsEarlierRow => (keys::ROW_REPEATS_EARLIER_ROW, Args::new()),
        RowReason::TrialOfAddOn => (keys::ROW_TRIAL_OF_ADD_ON, Args::new()),
        RowReason::KindChanges { sku, first_is_trial } => (
            keys::ROW_KIND_CHANGES,
            Args::new()
                .text("sku", sku.to_string())
                .text("first", if *first_is_trial { "trial" } else { "paid" }),
        ),
        RowReason::OverlapsEntry {
            segment,
            plan,
            start,
            end,
        } => (
            keys::ROW_OVERLAPS_ENTRY,
            Args::new()
                .text("segment", segment.label(language))
                .text("plan", crate::i18n::labels::plan(language, *plan))
                .text("start", date(language, *start))
                .text("has_end", if end.is_some() { "yes" } else { "no" })
                .text("end", end.map(|e| date(language, e)).unwrap_or_default()),
        ),
        RowReason::UnknownBase(id) => (keys::ROW_UNKNOWN_BASE, Args::new().text("id", id.to_string())),
        RowReason::UnknownUpgradeTarget(id) => {
            (keys::ROW_UNKNOWN_UPGRADE_TARGET, Args::new().text("id", id.to_string()))
        }
    };
    text_with(language, key, &args)
}

/// Why a whole file was refused.
pub fn file_problem(language: Language, problem: &FileProblem) -> String {
    let (key, args) = match problem {
        FileProblem::Empty => (keys::FILE_EMPTY, Args::new()),
        FileProblem::NotText(kind) => (
            keys::FILE_NOT_TEXT,
            Args::new().text(
                "kind",
                match kind {
                    NotText::Workbook => "workbook",
                    NotText::Utf16 => "utf16",
                    NotText::Binary => "binary",
                },
            ),
        ),
        FileProblem::NotCsv(detail) => (keys::FILE_NOT_CSV, Args::new().text("detail", detail.clone())),
        FileProblem::MissingColumns { file, missing } => (
            keys::FILE_MISSING_COLUMNS,
            Args::new()
                .text(
                    "file",
                    match file {
                        CsvFile::PriceList => "prices",
                        CsvFile::OfferMatrix => "matrix",
                    },
                )
                .number("count", count(missing.len()))
                .text("columns", missing.join(", ")),
        ),
        FileProblem::NoUsableRow(skipped) => (keys::FILE_NO_USABLE_ROW, Args::new().number("skipped", count(*skipped))),
        FileProblem::MixedCurrencies(found) => (
            keys::FILE_MIXED_CURRENCIES,
            Args::new().text("currencies", found.clone()),
        ),
        FileProblem::InvalidCatalog(detail) => (keys::FILE_INVALID_CATALOG, Args::new().text("detail", detail.clone())),
    };
    text_with(language, key, &args)
}

/// "10 rows became 1 product and 1 SKU (1 offer); 8 skipped."
pub fn import_summary(language: Language, summary: &ImportSummary) -> String {
    let counted = |key: Key, n: usize| text_with(language, key, &Args::new().number("count", count(n)));
    text_with(
        language,
        keys::IMPORT_SUMMARY,
        &Args::new()
            .text("rows", counted(keys::ROWS_COUNT, summary.rows))
            .text("products", counted(keys::PRODUCTS_COUNT, summary.products))
            .text("skus", counted(keys::SKUS_COUNT, summary.skus))
            .text("offers", counted(keys::OFFERS_COUNT, summary.offers))
            .number("skipped", count(summary.rows - summary.used_rows)),
    )
}

/// "a cart", "un panier"; a kind this app doesn't know, quoted as the file wrote it.
fn stored_kind(language: Language, name: &str) -> String {
    lookup_dynamic(language, &format!("stored-kind-{name}")).unwrap_or_else(|| {
        text_with(
            language,
            keys::STORED_KIND_UNKNOWN,
            &Args::new().text("name", name.to_string()),
        )
    })
}

/// Why a stored or imported value could not be read.
pub fn decode_error(language: Language, error: &DecodeError) -> String {
    let (key, args) = match error {
        DecodeError::NotJson(detail) => (keys::DECODE_NOT_JSON, Args::new().text("detail", detail.clone())),
        DecodeError::Foreign => (keys::DECODE_FOREIGN, Args::new()),
        DecodeError::WrongKind { expected, found } => (
            keys::DECODE_WRONG_KIND,
            Args::new()
                .text("expected", stored_kind(language, expected))
                .text("found", stored_kind(language, found)),
        ),
        DecodeError::FutureVersion { found, supported } => (
            keys::DECODE_FUTURE_VERSION,
            Args::new()
                .number("found", i64::try_from(*found).unwrap_or(i64::MAX))
                .number("supported", i64::try_from(*supported).unwrap_or(i64::MAX)),
        ),
        DecodeError::Invalid { kind, detail } => (
            keys::DECODE_INVALID,
            Args::new().text("kind", *kind).text("detail", detail.clone()),
        ),
        DecodeError::Refused { kind, at, problem } => {
            let (key, found) = match problem.as_ref() {
                ValueProblem::Missing(field) => (keys::DECODE_MISSING, field),
                ValueProblem::OutOfRange(found) => (keys::DECODE_OUT_OF_RANGE, found),
                ValueProblem::WrongType(found) => (keys::DECODE_WRONG_TYPE, found),
                ValueProblem::UnknownWord(found) => (keys::DECODE_UNKNOWN_WORD, found),
                ValueProblem::Other(detail) => (keys::DECODE_INVALID, detail),
            };
            // The field's path as JSON tools write it; the whole value when serde gives none.
            let at = if at == "." { String::new() } else { at.clone() };
            (
                key,
                Args::new()
                    .text("kind", *kind)
                    .text("at", at)
                    .text("found", found.clone())
                    .text("detail", found.clone()),
            )
        }
    };
    text_with(language, key, &args)
}

/// Why an "Export all data" file was refused.
pub fn import_error(language: Language, error: &ImportError) -> String {
    let customer = |key: Key, id: &dyn fmt::Display| (key, Args::new().text("customer", id.to_string()));
    let (key, args) = match error {
        ImportError::Unreadable(why) => (
            keys::IMPORT_UNREADABLE,
            Args::new().text("why", decode_error(language, why)),
        ),
        ImportError::DuplicateCustomer(id) => customer(keys::IMPORT_DUPLICATE_CUSTOMER, id),
        ImportError::CartForUnknownCustomer(id) => customer(keys::IMPORT_CART_FOR_UNKNOWN_CUSTOMER, id),
        ImportError::OrderForUnknownCustomer { order, customer: id } => {
            let (key, args) = customer(keys::IMPORT_ORDER_FOR_UNKNOWN_CUSTOMER, id);
            (key, args.text("order", order.clone()))
        }
        ImportError::DuplicateOrder(order) => (keys::IMPORT_DUPLICATE_ORDER, Args::new().text("order", order.clone())),
        ImportError::ChangesForUnknownCustomer(id) => customer(keys::IMPORT_CHANGES_FOR_UNKNOWN_CUSTOMER, id),
    };
    text_with(language, key, &args)
}

/// Each type's `Display` is its English sentence.
macro_rules! english_display {
    ($($type:ty => $sentence:ident),* $(,)?) => {
        $(impl fmt::Display for $type {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&$sentence(Language::English, self))
            }
        })*
    };
}

english_display! {
    DecodeError => decode_error,
    ImportError => import_error,
    IdError => id_error,
    RowProblem => row_problem,
    FileProblem => file_problem,
    ImportSummary => import_summary,
}
