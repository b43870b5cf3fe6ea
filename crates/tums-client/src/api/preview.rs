//! 1.4.5 预览回放 — live view and playback (tums-open-api.txt).
