//! IndexedDB, for what does not fit in localStorage's ~5 M characters: the files of an
//! imported price list. One database, one object store, string values by key.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

const DATABASE: &str = "csp-catalog";
const STORE: &str = "files";

/// Waits for an IndexedDB request, giving its result or its error's message.
async fn finished(request: &web_sys::IdbRequest) -> Result<JsValue, String> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let ok_request = request.clone();
        let on_success = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &ok_request.result().unwrap_or(JsValue::UNDEFINED));
        });
        let err_request = request.clone();
        let on_error = Closure::once_into_js(move || {
            let message = err_request
                .error()
                .ok()
                .flatten()
                .map(|e| e.message())
                .unwrap_or_else(|| "unknown error".into());
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(&message));
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise)
        .await
        .map_err(|e| e.as_string().unwrap_or_else(|| "IndexedDB failed".into()))
}

async fn open() -> Result<web_sys::IdbDatabase, String> {
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or("this browser does not allow IndexedDB here")?;
    let request = factory
        .open_with_u32(DATABASE, 1)
        .map_err(|_| "IndexedDB could not be opened".to_string())?;
    let upgrade_request = request.clone();
    let on_upgrade = Closure::once_into_js(move || {
        if let Ok(result) = upgrade_request.result() {
            let db: web_sys::IdbDatabase = result.unchecked_into();
            if !db.object_store_names().contains(STORE) {
                let _ = db.create_object_store(STORE);
            }
        }
    });
    request.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    Ok(finished(&request).await?.unchecked_into())
}

async fn store(mode: web_sys::IdbTransactionMode) -> Result<web_sys::IdbObjectStore, String> {
    let db = open().await?;
    let transaction = db
        .transaction_with_str_and_mode(STORE, mode)
        .map_err(|_| "IndexedDB transaction failed".to_string())?;
    transaction
        .object_store(STORE)
        .map_err(|_| "IndexedDB store missing".to_string())
}

pub async fn put(key: &str, value: &str) -> Result<(), String> {
    let store = store(web_sys::IdbTransactionMode::Readwrite).await?;
    let request = store
        .put_with_key(&JsValue::from_str(value), &JsValue::from_str(key))
        .map_err(|_| "IndexedDB write failed".to_string())?;
    finished(&request).await.map(|_| ())
}

pub async fn get(key: &str) -> Result<Option<String>, String> {
    let store = store(web_sys::IdbTransactionMode::Readonly).await?;
    let request = store
        .get(&JsValue::from_str(key))
        .map_err(|_| "IndexedDB read failed".to_string())?;
    Ok(finished(&request).await?.as_string())
}

pub async fn delete(key: &str) -> Result<(), String> {
    let store = store(web_sys::IdbTransactionMode::Readwrite).await?;
    let request = store
        .delete(&JsValue::from_str(key))
        .map_err(|_| "IndexedDB delete failed".to_string())?;
    finished(&request).await.map(|_| ())
}

/// The imported price list's files, kept in IndexedDB under one key.
pub struct ImportedCatalogFiles;

impl crate::app::price_list::FileKeeper for ImportedCatalogFiles {
    async fn keep(&self, text: String) -> Result<(), String> {
        put(crate::formats::envelope::IMPORTED_CATALOG_KEY, &text).await
    }

    async fn kept(&self) -> Result<Option<String>, String> {
        get(crate::formats::envelope::IMPORTED_CATALOG_KEY).await
    }

    async fn forget(&self) -> Result<(), String> {
        delete(crate::formats::envelope::IMPORTED_CATALOG_KEY).await
    }
}
