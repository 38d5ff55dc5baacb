//! Which rows of a long result list to put in the page.
//!
//! A 100,000-SKU catalog cannot put 100,000 rows in the DOM. The list renders only the rows
//! near the viewport and stands in for the others with empty space of the right height, so
//! the scrollbar still measures the whole list. Rows differ in height (reasons, plan
//! pickers), so each row's height is measured once it has been shown, and rows not shown yet
//! are assumed to be as tall as the average of the first rows measured. That estimate then
//! stays put: if it followed every measurement, rows never shown would move under the reader
//! as they scroll, and the window would chase them.
//!
//! Plain arithmetic, no browser types: the page feeds in measurements and the viewport.

/// The rows to render and the space that stands in for the rest.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Window {
    /// First row to render.
    pub start: usize,
    /// One past the last row to render.
    pub end: usize,
    /// Height, in CSS pixels, of the rows before `start`.
    pub space_before: f64,
    /// Height of the rows from `end` on.
    pub space_after: f64,
}

impl Window {
    pub fn rows(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

/// Known and estimated heights of every row of one list.
#[derive(Clone, Debug, PartialEq)]
pub struct RowHeights {
    /// Measured height of each row; `None` until the row has been shown.
    measured: Vec<Option<f32>>,
    /// The height assumed for rows not measured yet.
    estimate: f64,
    /// Whether `estimate` has been set from measured rows (it is then fixed).
    estimate_measured: bool,
    /// `tops[i]` is where row `i` starts; `tops[len]` is the height of the whole list.
    tops: Vec<f64>,
}

impl RowHeights {
    /// A list of `count` rows, none measured yet, each guessed to be `guess` pixels tall
    /// until the first rows are measured.
    pub fn new(count: usize, guess: f64) -> Self {
        let mut heights = RowHeights {
            measured: vec![None; count],
            estimate: guess.max(1.0),
            estimate_measured: false,
            tops: Vec::new(),
        };
        heights.rebuild_tops();
        heights
    }

    pub fn len(&self) -> usize {
        self.measured.len()
    }

    pub fn is_empty(&self) -> bool {
        self.measured.is_empty()
    }

    /// The height assumed for a row not measured yet.
    pub fn estimate(&self) -> f64 {
        self.estimate
    }

    /// Records the heights of the rows from `first` on. Returns whether anything changed
    /// (differences under half a pixel are rounding, not change). Rows past the end are
    /// ignored.
    pub fn record(&mut self, first: usize, heights: &[f64]) -> bool {
        let mut changed = false;
        for (slot, &height) in self.measured.iter_mut().skip(first).zip(heights) {
            let height = height.max(0.0) as f32;
            if slot.is_none_or(|old| (old - height).abs() >= 0.5) {
                *slot = Some(height);
                changed = true;
            }
        }
        let rows = heights.len().min(self.len().saturating_sub(first));
        if !self.estimate_measured && rows > 0 {
            self.estimate = heights.iter().take(rows).sum::<f64>() / rows as f64;
            self.estimate = self.estimate.max(1.0);
            self.estimate_measured = true;
        }
        if changed {
            self.rebuild_tops();
        }
        changed
    }

    fn rebuild_tops(&mut self) {
        let estimate = self.estimate();
        self.tops.clear();
        self.tops.reserve(self.len().saturating_add(1));
        let mut top = 0.0;
        self.tops.push(top);
        for height in &self.measured {
            top += height.map_or(estimate, f64::from);
            self.tops.push(top);
        }
    }

    /// Where `row` starts, from the top of the list (the list's height for `row == len`).
    pub fn top_of(&self, row: usize) -> f64 {
        // `tops` has one entry per row and one for the end.
        self.tops.get(row.min(self.len())).copied().unwrap_or(0.0)
    }

    /// The height of the whole list.
    pub fn total(&self) -> f64 {
        self.top_of(self.len())
    }

    /// The rows that meet the part of the list from `view_top` to `view_top + view_height`
    /// (list coordinates: negative when the list starts below the top of the viewport), plus
    /// `overscan` rows either side so that a short scroll shows no gap. Never empty for a
    /// non-empty list: scrolled past the end, it keeps the last rows.
    pub fn window(&self, view_top: f64, view_height: f64, overscan: usize) -> Window {
        let len = self.len();
        if len == 0 {
            return Window::default();
        }
        let view_bottom = view_top + view_height.max(0.0);
        // The first row whose bottom is below the view's top, and the first row that starts
        // at or below the view's bottom.
        let bottoms = self.tops.get(1..).unwrap_or_default();
        let first_seen = bottoms
            .partition_point(|&bottom| bottom <= view_top)
            .min(len.saturating_sub(1));
        let tops = self.tops.get(..len).unwrap_or_default();
        let past_seen = tops
            .partition_point(|&top| top < view_bottom)
            .max(first_seen.saturating_add(1));
        let start = first_seen.saturating_sub(overscan);
        let end = past_seen.saturating_add(overscan).min(len);
        Window {
            start,
            end,
            space_before: self.top_of(start),
            space_after: self.total() - self.top_of(end),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_list_renders_nothing() {
        let heights = RowHeights::new(0, 100.0);
        assert_eq!(heights.window(0.0, 900.0, 3), Window::default());
        assert_eq!(heights.total(), 0.0);
    }

    #[test]
    fn unmeasured_rows_take_the_first_guess_and_the_window_covers_the_view() {
        let heights = RowHeights::new(100_000, 100.0);
        assert_eq!(heights.total(), 10_000_000.0);
        let window = heights.window(0.0, 900.0, 2);
        assert_eq!(window.rows(), 0..11);
        assert_eq!(window.space_before, 0.0);
        assert_eq!(window.space_after, (100_000.0 - 11.0) * 100.0);

        // Half-way down: rows 50,000..50,009 are in view.
        let window = heights.window(5_000_000.0, 900.0, 2);
        assert_eq!(window.rows(), 49_998..50_011);
        assert_eq!(window.space_before, 4_999_800.0);
        assert_eq!(window.space_before + 13.0 * 100.0 + window.space_after, heights.total());
    }

    #[test]
    fn a_list_below_the_top_of_the_viewport_starts_at_its_first_row() {
        let heights = RowHeights::new(1_000, 50.0);
        // The list starts 300 px below the viewport's top: 600 px of it are in view.
        let window = heights.window(-300.0, 900.0, 0);
        assert_eq!(window.rows(), 0..12);
    }

    #[test]
    fn scrolled_past_the_end_the_last_rows_stay() {
        let heights = RowHeights::new(10, 50.0);
        let window = heights.window(10_000.0, 900.0, 2);
        assert_eq!(window.rows(), 7..10);
        assert_eq!(window.space_after, 0.0);
    }

    #[test]
    fn measured_rows_keep_their_height_and_the_first_ones_set_the_estimate_for_the_rest() {
        let mut heights = RowHeights::new(10, 100.0);
        assert!(heights.record(0, &[40.0, 60.0]));
        assert_eq!(heights.estimate(), 50.0);
        assert_eq!(heights.top_of(1), 40.0);
        assert_eq!(heights.top_of(2), 100.0);
        assert_eq!(heights.total(), 100.0 + 8.0 * 50.0);
        // The same heights again, give or take rounding, change nothing.
        assert!(!heights.record(0, &[40.2, 59.9]));
        // A row that grew (its reasons were opened) moves every row after it, but not the
        // estimate: rows never shown stay where they were.
        assert!(heights.record(1, &[160.0]));
        assert_eq!(heights.top_of(2), 200.0);
        assert_eq!(heights.estimate(), 50.0);
        assert!(heights.record(5, &[500.0]));
        assert_eq!(heights.top_of(9) - heights.top_of(6), 150.0);
    }

    #[test]
    fn measurements_past_the_end_are_ignored() {
        let mut heights = RowHeights::new(2, 100.0);
        assert!(heights.record(1, &[30.0, 30.0, 30.0]));
        assert_eq!(heights.estimate(), 30.0);
        assert_eq!(heights.total(), 60.0);
    }

    #[test]
    fn the_window_stays_bounded_by_the_viewport_whatever_the_list_length() {
        for len in [1usize, 7, 100, 10_000, 100_000] {
            let mut heights = RowHeights::new(len, 120.0);
            // Rows of mixed heights, as the page measures them.
            let measured: Vec<f64> = (0..len.min(500)).map(|i| 60.0 + (i % 7) as f64 * 30.0).collect();
            heights.record(0, &measured);
            for step in 0..50 {
                let top = heights.total() * step as f64 / 50.0;
                let window = heights.window(top, 900.0, 3);
                assert!(window.start < window.end && window.end <= len);
                // 900 px of rows at least 60 px tall, plus the overscan on both sides.
                assert!(
                    window.end - window.start <= 900 / 60 + 2 + 6,
                    "{len} rows at {top}: {window:?}"
                );
                let rendered = heights.top_of(window.end) - heights.top_of(window.start);
                assert!((window.space_before + rendered + window.space_after - heights.total()).abs() < 1e-6);
            }
        }
    }
}
