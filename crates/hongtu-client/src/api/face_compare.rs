//! 人脸比对 — face comparison (1:1, 1:N) (hongtu-aiot-openapi.txt).
