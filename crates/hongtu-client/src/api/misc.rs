//! 通用模块 — common (file upload, quality check) (hongtu-aiot-openapi.txt).
