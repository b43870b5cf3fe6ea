//! 1.4.8 监控点报警 — monitoring-point alarms (tums-open-api.txt).
