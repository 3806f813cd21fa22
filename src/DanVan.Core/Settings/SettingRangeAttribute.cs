using System.ComponentModel.DataAnnotations;

namespace DanVan.Core.Settings;

/// <summary>
/// <see cref="RangeAttribute"/> for options checked by a source-generated validator (<c>[OptionsValidator]</c>). The
/// generator of .NET 10 replaces a plain <c>[Range]</c> by its own copy, which ignores <c>ErrorMessage</c> ("The field
/// X must be between …"); a derived attribute is used as written, so the message that says what to set survives. The
/// message names the setting as the operator writes it (Section:Key), so it is reported without the property's name.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false)]
public sealed class SettingRangeAttribute : RangeAttribute
{
    public SettingRangeAttribute(int minimum, int maximum)
        : base(minimum, maximum)
    {
    }

    public SettingRangeAttribute(double minimum, double maximum)
        : base(minimum, maximum)
    {
    }

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        return IsValid(value) ? ValidationResult.Success : new ValidationResult(FormatErrorMessage(validationContext.DisplayName));
    }
}
