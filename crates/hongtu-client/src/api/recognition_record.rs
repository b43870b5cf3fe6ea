//! 人员识别记录 — person recognition records (hongtu-aiot-openapi.txt).
