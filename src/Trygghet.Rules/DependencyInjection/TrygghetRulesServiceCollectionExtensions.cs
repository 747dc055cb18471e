namespace Trygghet.Rules.DependencyInjection;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Trygghet.Rules.Allocation;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Criteria;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Reporting;
using Trygghet.Rules.Scenarios;

/// <summary>Registers Trygghet.Rules with a dependency-injection container.</summary>
public static class TrygghetRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers the rule set, the assessor, the optimizer, the round runner, the scenario runner and the report writers (as <see cref="IReportWriter"/>, one per format) as singletons: the rules are compiled
    /// once per container, on first use, and every registered service is thread-safe. With
    /// <see cref="TrygghetRulesOptions.UseRuleSet"/> the rule set is composed from a preset, its rule classes created through the container.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options, or <see langword="null"/> for the defaults (<c>stockholm-2024</c>).</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddTrygghetRules(this IServiceCollection services, Action<TrygghetRulesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new TrygghetRulesOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(options);
        services.TryAddSingleton(sp => sp.GetRequiredService<TrygghetRulesOptions>().CreateRuleSet(sp));
        services.TryAddSingleton(sp => sp.GetRequiredService<TrygghetRulesOptions>().MessagesFor(sp.GetRequiredService<RuleSet>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<TrygghetRulesOptions>().RunOptions);
        services.TryAddSingleton(sp => new RoundAssessor(sp.GetRequiredService<RuleSet>(), sp.GetRequiredService<MessageCatalogue>()));
        services.TryAddSingleton(sp => new MotivationWriter(sp.GetRequiredService<MessageCatalogue>()));
        services.TryAddSingleton<MckpOptimizer>();
        services.TryAddSingleton(sp => new RoundRunner(sp.GetRequiredService<RoundAssessor>(), sp.GetRequiredService<MckpOptimizer>()));
        services.TryAddSingleton(sp => new ScenarioRunner(sp.GetRequiredService<RoundRunner>()));
        foreach (var writer in ReportWriters.All)
        {
            // One registration per format: inject IEnumerable<IReportWriter> and pick by Format, or ask for a writer type.
            services.TryAddEnumerable(ServiceDescriptor.Singleton(writer));
            services.TryAdd(ServiceDescriptor.Singleton(writer.GetType(), writer));
        }

        return services;
    }
}
