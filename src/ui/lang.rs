//! The page's language: chosen from `?lang=` in the URL, else from `navigator.languages`; shown by
//! a `<select>` in the header; kept only in the URL (`history.replaceState`, no reload) and in
//! share links; `<html lang>` and the page title follow it. Components read it from a Yew context
//! and word their chrome with [`use_words`].

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::{Lang, Words};

/// The language of the page chrome, for components (English outside the app's provider).
#[hook]
pub fn use_words() -> &'static Words {
    crate::i18n::ui(use_context::<Lang>().unwrap_or_default())
}

/// The `lang` parameter of a URL query (`?a=1&lang=de`), if it names a language forcetls speaks.
pub fn from_query(query: &str) -> Option<Lang> {
    query.trim_start_matches('?').split('&').find_map(|pair| pair.strip_prefix("lang=")).and_then(Lang::from_tag)
}

/// The language to start in: the URL's `?lang=`, else the browser's preferences.
pub fn initial() -> Lang {
    let window = gloo::utils::window();
    if let Some(lang) = window.location().search().ok().as_deref().and_then(from_query) {
        return lang;
    }
    let preferred: Vec<String> = window.navigator().languages().iter().filter_map(|v| v.as_string()).collect();
    Lang::negotiate(&preferred)
}

/// Makes the document follow the language: `<html lang>`, the title, and `?lang=` in the URL
/// (replaced in place, so the fragment, which may hold a share link's input, stays).
pub fn apply(lang: Lang) {
    CURRENT.store(crate::i18n::Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0) as u8, std::sync::atomic::Ordering::Relaxed);
    let document = gloo::utils::document();
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", lang.as_str());
    }
    document.set_title(&crate::w!(crate::i18n::ui(lang), "page-title"));
    let window = gloo::utils::window();
    let location = window.location();
    let query = location.search().unwrap_or_default();
    let mut pairs: Vec<String> = query.trim_start_matches('?').split('&').filter(|p| !p.is_empty() && !p.starts_with("lang=")).map(str::to_string).collect();
    pairs.push(format!("lang={}", lang.as_str()));
    let url = format!("{}?{}{}", location.pathname().unwrap_or_default(), pairs.join("&"), location.hash().unwrap_or_default());
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Fetches a language's message files from `locales/<lang>/` beside the page (same origin; the
/// build copies `locales/` into the site) and installs them, so that the first view carries only
/// English. The URL is made from the closed set of languages, never from input.
pub async fn load(lang: Lang) -> Result<(), wasm_bindgen::JsValue> {
    use wasm_bindgen_futures::JsFuture;
    let mut files = Vec::new();
    for name in crate::i18n::PAGE_FILES {
        let url = format!("locales/{}/{}", lang.as_str(), name);
        let response: web_sys::Response = JsFuture::from(gloo::utils::window().fetch_with_str(&url)).await?.dyn_into()?;
        if !response.ok() {
            return Err(wasm_bindgen::JsValue::from_str(&url));
        }
        let text = JsFuture::from(response.text()?).await?.as_string().unwrap_or_default();
        files.push((name.to_string(), text));
    }
    crate::i18n::install(lang, files);
    Ok(())
}

/// Shows `lang` once its words are there: applies it at once when they are, else loads them and
/// then asks for the language again (`retry`), or falls back to English when they cannot be loaded.
pub fn show(lang: Lang, retry: Callback<Lang>) {
    if crate::i18n::available(lang) {
        apply(lang);
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        match load(lang).await {
            Ok(()) => retry.emit(lang),
            Err(_) => retry.emit(Lang::En),
        }
    });
}

/// The language last applied, for words outside components (the panic banner).
static CURRENT: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// The language the page shows now.
pub fn current() -> Lang {
    Lang::ALL.get(CURRENT.load(std::sync::atomic::Ordering::Relaxed) as usize).copied().unwrap_or_default()
}

/// Props for [`LanguageSwitch`].
#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    /// The language shown.
    pub lang: Lang,
    /// Called with the language chosen.
    pub onchange: Callback<Lang>,
}

/// The labelled language `<select>`; each language is named in itself.
#[function_component(LanguageSwitch)]
pub fn language_switch(props: &LanguageSwitchProps) -> Html {
    let words = use_words();
    let onchange = props.onchange.clone();
    let changed = Callback::from(move |e: Event| {
        if let Some(select) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()) {
            if let Some(lang) = Lang::from_tag(&select.value()) {
                onchange.emit(lang);
            }
        }
    });
    html! {
        <span class="language">
            <label for="lang">{ crate::w!(words, "language-label") }</label>
            <select id="lang" onchange={changed}>
                { for Lang::ALL.iter().map(|l| html! { <option value={l.as_str()} lang={l.as_str()} selected={*l == props.lang}>{ native_name(*l) }</option> }) }
            </select>
        </span>
    }
}

/// A language's name in itself, as language menus show it.
fn native_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::De => "Deutsch",
        Lang::ZhTw => "繁體中文",
    }
}
