namespace DanVan.Core.LanguageModels;

/// <summary>The value a model call returned, or the fact that it failed (already logged by <see cref="ModelCall"/>).</summary>
internal readonly record struct ModelCallResult<T>(bool Succeeded, T? Value)
{
    public static ModelCallResult<T> Failed => default;

    public static ModelCallResult<T> Of(T value) => new(true, value);
}
