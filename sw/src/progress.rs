//! A one-line progress bar on stderr for long work, shown only when stderr is a terminal (logs
//! and pipes stay clean).

use std::io::{IsTerminal, Write};

pub struct Progress {
    label: &'static str,
    shown: bool,
    last_percent: Option<u64>,
}

impl Progress {
    pub fn new(label: &'static str) -> Progress {
        Progress { label, shown: std::io::stderr().is_terminal(), last_percent: None }
    }

    pub fn update(&mut self, done: u64, total: u64) {
        let percent = (done * 100).checked_div(total).unwrap_or(100);
        if !self.shown || self.last_percent == Some(percent) {
            return;
        }
        self.last_percent = Some(percent);
        let filled = (percent / 4) as usize;
        eprint!("\r{} [{}{}] {percent:>3}% ({done}/{total})", self.label, "#".repeat(filled), " ".repeat(25 - filled));
        if done == total {
            eprintln!();
        }
        let _ = std::io::stderr().flush();
    }
}
