//! 1.4.7 客流统计 — passenger flow statistics (tums-open-api.txt).
