//! HTML written as text, for the few places the page hands the browser a whole list to parse
//! at once rather than building it an element at a time.

/// `text` safe to place in an element's content or a quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `<option>` elements, one per `(value, label)`, in order.
pub fn options<'a>(items: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    items.into_iter().fold(String::new(), |mut html, (value, label)| {
        html.push_str("<option value=\"");
        html.push_str(&escape(value));
        html.push_str("\">");
        html.push_str(&escape(label));
        html.push_str("</option>");
        html
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_with_markup_characters_are_written_as_text() {
        assert_eq!(
            escape("Bosnia & <Herzegovina> \"x\" 'y'"),
            "Bosnia &amp; &lt;Herzegovina&gt; &quot;x&quot; &#39;y&#39;"
        );
    }

    #[test]
    fn options_keep_their_order_values_and_labels() {
        assert_eq!(
            options([("", "Choose a country"), ("CI", "Côte d'Ivoire")]),
            "<option value=\"\">Choose a country</option><option value=\"CI\">Côte d&#39;Ivoire</option>"
        );
    }
}
