import Testing

/// Every suite of this target, one test at a time. They start servers, spawn processes and fire
/// a hundred concurrent requests; run in parallel with each other they would starve the probe
/// tests' timing (same test process, two cores). Serially the whole target takes a few seconds.
@Suite(.serialized) enum HealthTests {}
