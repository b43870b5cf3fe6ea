//! Benchmark `lenfocus` (issue 11): to be written by its owner.

use crate::support::{Config, Report};

/// Runs this benchmark and adds its rows to `report`.
pub fn run(_cfg: &Config, _report: &mut Report) {}
