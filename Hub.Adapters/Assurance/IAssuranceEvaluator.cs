using Hub.Adapters.Abstractions;

namespace Hub.Adapters.Assurance;

/// <summary>Turns the evidence of one assertion (authentication context, amr) into the level it asserts.</summary>
internal interface IAssuranceEvaluator
{
    AssuranceOutcome Evaluate(ProviderAssertion assertion, AssuranceSignals signals);
}
