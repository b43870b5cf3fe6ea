//! 通行记录 — pass records (hongtu-aiot-openapi.txt).
