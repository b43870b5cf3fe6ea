//! 车辆轨迹 — vehicle tracks (hongtu-aiot-openapi.txt).
