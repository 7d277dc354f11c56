// One federation and one chromium at a time: the classes share two cores with the rest of the suite.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
