using System.ComponentModel.DataAnnotations;

namespace DanVan.Core.Settings;

/// <summary>
/// <see cref="RequiredAttribute"/> (no empty or blank value) whose message, which names the setting as the operator
/// writes it (Section:Key), is reported as written, without the property's name before it.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false)]
public sealed class SettingRequiredAttribute : RequiredAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        return IsValid(value) ? ValidationResult.Success : new ValidationResult(FormatErrorMessage(validationContext.DisplayName));
    }
}
