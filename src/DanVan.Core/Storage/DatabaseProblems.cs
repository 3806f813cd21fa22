using Microsoft.Data.Sqlite;

namespace DanVan.Core.Storage;

/// <summary>
/// What an operator reads when the database file cannot be used at start: the path, what is wrong and what to do.
/// Every case is a <see cref="DatabaseException"/>, which the CLI prints without a stack trace (exit code 1).
/// </summary>
internal static class DatabaseProblems
{
    private const int SqliteReadOnly = 8;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADatabase = 26;

    public static DatabaseException Describe(string path, SqliteException ex) => ex.SqliteErrorCode switch
    {
        SqliteNotADatabase or SqliteCorrupt => new DatabaseException(path,
            $"Tệp cơ sở dữ liệu '{path}' không phải cơ sở dữ liệu SQLite hợp lệ hoặc đã hỏng (lỗi SQLite {ex.SqliteErrorCode}). " +
            "Tệp được giữ nguyên: hãy chuyển nó sang chỗ khác hoặc khôi phục bản sao lưu rồi chạy lại.", ex),
        SqliteCantOpen or SqliteReadOnly => Unwritable(path, ex),
        SqliteFull => new DatabaseException(path,
            $"Ổ đĩa chứa tệp cơ sở dữ liệu '{path}' đã đầy (lỗi SQLite {ex.SqliteErrorCode}). " +
            "Hãy giải phóng dung lượng trên ổ đĩa đó rồi chạy lại; dữ liệu đã lưu không bị mất.", ex),
        _ => new DatabaseException(path,
            $"Không dùng được tệp cơ sở dữ liệu '{path}': {ex.Message}", ex),
    };

    public static DatabaseException Unwritable(string path, Exception ex) => new(path,
        $"Không tạo hoặc ghi được tệp cơ sở dữ liệu '{path}': thư mục '{Path.GetDirectoryName(path)}' hoặc chính tệp đó " +
        "không cho phép ghi (hoặc nằm trên ổ chỉ đọc). Hãy cấp quyền ghi cho tài khoản chạy bot, hoặc chọn đường dẫn khác " +
        "bằng biến môi trường Storage__DatabasePath, rồi chạy lại.", ex);

    public static DatabaseException SchemaTooNew(string path, SchemaTooNewException ex) => new(path,
        $"Tệp cơ sở dữ liệu '{path}' do một phiên bản DanVan.Bot mới hơn tạo ra (phiên bản lược đồ {ex.Found}{OwnerSuffix(ex.Owner)}; " +
        $"chương trình này chỉ hiểu đến {ex.Known}). Tệp được giữ nguyên: hãy chạy phiên bản DanVan.Bot mới hơn, " +
        "hoặc trỏ Storage__DatabasePath sang một tệp khác.", ex);

    /// <summary>" (phần bot)" after a version number that is not Core's own.</summary>
    public static string OwnerSuffix(string? owner) => owner is null ? string.Empty : $" (phần {owner})";
}
