using DanVan.Core.Evaluation;
using DanVan.Core.Text;

namespace DanVan.Benchmarks.Shared;

/// <summary>A fixed set of 200 questions: the dev set's, then template questions over provinces, years and topics.</summary>
internal static class BenchQuestions
{
    private static readonly string[] Topics =
    [
        "tập huấn nghiệp vụ công tác dân vận", "dân vận khéo", "quy chế dân chủ ở cơ sở", "dân vận chính quyền",
        "Mặt trận Tổ quốc và các đoàn thể", "bồi dưỡng kỹ năng vận động quần chúng", "CTDV", "QCDC cơ sở", "điểm nóng khiếu kiện",
        "đồng bào dân tộc thiểu số", "Nghị quyết Đại hội XIII về công tác dân vận", "tiếp xúc đối thoại với nhân dân",
    ];

    private static readonly string[] Forms =
    [
        "Năm {1} {2} tổ chức {0} cho bao nhiêu học viên?", "{0} ở {2} năm {1} có nội dung gì?", "ai phát biểu khai mạc lớp {0} tại {2}?",
        "{0} {2} {1}", "lop {0} o {2} nam {1} dien ra may ngay", "{2} triển khai {0} như thế nào?",
    ];

    public static IReadOnlyList<string> Load(string devSetPath, int count = 200)
    {
        var questions = File.Exists(devSetPath) ? Evaluator.Load(devSetPath).Select(i => i.Question).ToList() : [];
        var random = new Random(2026);
        while (questions.Count < count)
        {
            var topic = Topics[random.Next(Topics.Length)];
            var province = Provinces.Names[random.Next(Provinces.Names.Count)];
            var year = 2010 + random.Next(16);
            var form = Forms[random.Next(Forms.Length)];
            var question = string.Format(System.Globalization.CultureInfo.InvariantCulture, form, topic, year, province);
            questions.Add(form.StartsWith("lop", StringComparison.Ordinal) ? VietnameseText.Fold(question) : question);
        }

        return questions.Take(count).ToList();
    }
}
