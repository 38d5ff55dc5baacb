use leptos::prelude::*;

use crate::app::slug::Slug;
use crate::domain::customer::{QualificationRecord, QualificationStatus};
use crate::domain::rules::Reason;

/// A customer's qualification and where it stands.
#[component]
pub fn QualificationBadge(record: Option<QualificationRecord>) -> impl IntoView {
    match record {
        None => view! { <span class="badge">"None"</span> }.into_any(),
        Some(record) => {
            let (class, status) = match &record.status {
                QualificationStatus::Approved => ("badge badge-ok", "Approved".to_string()),
                QualificationStatus::InReview { since } => (
                    "badge badge-warn",
                    format!("In review since {}", crate::domain::dates::long(*since)),
                ),
                QualificationStatus::Denied { reason } => ("badge badge-bad", format!("Denied: {reason}")),
            };
            view! {
                <span class="qualification">
                    <span class="qualification-name">{record.qualification.to_string()}</span>
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
    view! {
        <ul class="reasons" id=id>
            {reasons
                .into_iter()
                .map(|r| view! { <li data-rule=r.rule().slug()>{r.to_string()}</li> })
                .collect_view()}
        </ul>
    }
}
