use leptos::prelude::*;

use crate::app::slug::Slug;
use crate::domain::customer::{QualificationRecord, QualificationStatus};
use crate::domain::rules::Reason;
use crate::i18n::labels::{denial_reason, Label};
use crate::i18n::{keys, Args};
use crate::ui::words::use_words;

/// A customer's qualification and where it stands.
#[component]
pub fn QualificationBadge(record: Option<QualificationRecord>) -> impl IntoView {
    let words = use_words();
    match record {
        None => view! { <span class="badge">{words.t(keys::QUALIFICATION_NONE_BADGE)}</span> }.into_any(),
        Some(record) => {
            let (class, status) = match &record.status {
                QualificationStatus::Approved => ("badge badge-ok", words.t(keys::QUALIFICATION_APPROVED)),
                QualificationStatus::InReview { since } => (
                    "badge badge-warn",
                    words.with(
                        keys::QUALIFICATION_IN_REVIEW_SINCE,
                        &Args::new().text("day", words.date_short(*since)),
                    ),
                ),
                QualificationStatus::Denied { reason } => (
                    "badge badge-bad",
                    words.with(
                        keys::QUALIFICATION_DENIED_WHY,
                        &Args::new().text("why", denial_reason(words.language(), record.qualification, reason)),
                    ),
                ),
            };
            view! {
                <span class="qualification">
                    <span class="qualification-name">{record.qualification.label(words.language())}</span>
                    <span class=class>{status}</span>
                </span>
            }
            .into_any()
        }
    }
}

/// Every reason an offer is blocked, one sentence each.
#[component]
pub fn ReasonList(reasons: Vec<Reason>, #[prop(optional, into)] id: Option<String>) -> impl IntoView {
    let words = use_words();
    view! {
        <ul class="reasons" id=id>
            {reasons
                .into_iter()
                .map(|r| view! { <li data-rule=r.rule().slug()>{words.reason(&r)}</li> })
                .collect_view()}
        </ul>
    }
}
