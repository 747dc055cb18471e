namespace Trygghet.Rules.Criteria;

using Microsoft.Extensions.DependencyInjection;
using NRules.Extensibility;

/// <summary>Resolves the dependencies rules declare with NRules' <c>Dependency()</c> from a service provider.</summary>
internal sealed class ServiceProviderDependencyResolver(IServiceProvider services) : IDependencyResolver
{
    public object Resolve(IResolutionContext context, Type serviceType) => services.GetRequiredService(serviceType);
}
