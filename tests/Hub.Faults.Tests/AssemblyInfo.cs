// Each scenario starts several real processes on a 2-core machine: run them one after another, so that the timings
// they assert (timeouts, breaker, memory) are not disturbed by the other scenarios.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
