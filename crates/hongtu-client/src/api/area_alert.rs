//! 警戒记录 — area alert records (hongtu-aiot-openapi.txt).
