using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DanVan.Core.Settings;

/// <summary>
/// The one way options are validated: each options class states its rules as data annotations (ranges, required
/// values) and, for rules across fields, <see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/>; a
/// source-generated validator (<c>[OptionsValidator]</c>) checks them at start (<c>ValidateOnStart</c>). Every message
/// names the setting and what to write instead.
/// </summary>
public static class ValidatedOptionsExtensions
{
    /// <summary>Binds <typeparamref name="TOptions"/> to <paramref name="section"/> and checks it with <typeparamref name="TValidator"/> at start.</summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions, TValidator>(this IServiceCollection services, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        return services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
    }
}
