//! 1.4.4 设备配置 — device configuration (OSD, image, SD card, time, video streams, solar /evcs/ endpoints, PTZ, watermark…) (tums-open-api.txt).
