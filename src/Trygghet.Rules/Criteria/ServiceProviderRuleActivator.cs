namespace Trygghet.Rules.Criteria;

using Microsoft.Extensions.DependencyInjection;
using NRules.Fluent;
using NRules.Fluent.Dsl;

/// <summary>Creates rule classes through a service provider, so a host's rule class can take constructor dependencies from the container.</summary>
/// <remarks>A rule class the container does not register is created with <see cref="ActivatorUtilities"/>, its constructor arguments resolved from the container.</remarks>
internal sealed class ServiceProviderRuleActivator(IServiceProvider services) : IRuleActivator
{
    public IEnumerable<Rule> Activate(Type type)
    {
        var rule = services.GetService(type) as Rule ?? (Rule)ActivatorUtilities.CreateInstance(services, type);
        return [rule];
    }
}
