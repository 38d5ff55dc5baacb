//! The messages of a language the app does not carry (French in the browser): fetched from
//! their file beside the app, the first time a visit speaks it.

use js_sys::{Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use crate::i18n::{self, Language, WordsRefused};

/// Why a language's messages could not be had.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordsNotLoaded {
    /// The browser could not reach the file (offline), in its own words.
    Unreachable(String),
    /// The host answered with this HTTP status.
    Status(u16),
    /// The file came but is not this app's words.
    Refused(WordsRefused),
}

impl WordsNotLoaded {
    /// What went wrong, for the notice (the browser's and the host's words are English).
    pub fn describe(&self) -> String {
        match self {
            WordsNotLoaded::Unreachable(why) => why.clone(),
            WordsNotLoaded::Status(status) => format!("HTTP {status}"),
            WordsNotLoaded::Refused(WordsRefused::NotMessages) => "not a messages file".to_string(),
            WordsNotLoaded::Refused(WordsRefused::Missing(id)) => format!("no message {id}"),
        }
    }
}

/// Makes `language`'s messages ready: at once if the app carries them or has them already.
pub async fn load(language: Language) -> Result<(), WordsNotLoaded> {
    let Some(file) = language.file().filter(|_| !i18n::is_ready(language)) else {
        return Ok(());
    };
    let unreachable = |e: JsValue| WordsNotLoaded::Unreachable(browser_words(&e));
    let window = web_sys::window().ok_or_else(|| WordsNotLoaded::Unreachable("no window".to_string()))?;
    let asked = asked_by_the_loader(&window, file).unwrap_or_else(|| window.fetch_with_str(file));
    let response: Response = JsFuture::from(asked)
        .await
        .map_err(unreachable)?
        .dyn_into()
        .map_err(unreachable)?;
    if !response.ok() {
        return Err(WordsNotLoaded::Status(response.status()));
    }
    let text = JsFuture::from(response.text().map_err(unreachable)?)
        .await
        .map_err(unreachable)?;
    let text = text.as_string().unwrap_or_default();
    i18n::install(language, text).map_err(WordsNotLoaded::Refused)
}

/// The request index.html's loader made for `file` beside the app's own, for a visit that
/// opened in the language; taken, since a response is read once.
fn asked_by_the_loader(window: &web_sys::Window, file: &str) -> Option<Promise> {
    let asked = Reflect::get(window, &JsValue::from_str("appWordsAsked")).ok()?;
    let promise = Reflect::get(&asked, &JsValue::from_str(file))
        .ok()?
        .dyn_into::<Promise>()
        .ok()?;
    let _ = Reflect::delete_property(asked.unchecked_ref::<js_sys::Object>(), &JsValue::from_str(file));
    Some(promise)
}

fn browser_words(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the request failed".to_string())
}
