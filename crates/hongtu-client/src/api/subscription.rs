//! 订阅接口 — subscriptions (hongtu-aiot-openapi.txt).
