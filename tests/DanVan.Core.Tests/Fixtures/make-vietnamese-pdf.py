# Regenerates vietnamese-two-pages.pdf (a 2-page Vietnamese PDF with a text layer, fonts subset-embedded).
# Needs: apt-get install python3-reportlab fonts-dejavu-core; run: python3 make-vietnamese-pdf.py
import os
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4
pdfmetrics.registerFont(TTFont('DejaVu', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
c = canvas.Canvas(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'vietnamese-two-pages.pdf'), pagesize=A4)
c.setTitle('Tài liệu bồi dưỡng công tác dân vận')
c.setAuthor('Ban Dân vận')
def page(lines, number):
    y = 800
    for size, text in lines:
        c.setFont('DejaVu', size)
        c.drawString(60, y, text)
        y -= size + 8 if text else 14
    c.setFont('DejaVu', 10)
    c.drawString(290, 40, str(number))
    c.showPage()
page([
 (14, 'HƯỚNG DẪN CÔNG TÁC DÂN VẬN Ở CƠ SỞ'),
 (11, ''),
 (11, 'Công tác dân vận là nhiệm vụ của cả hệ thống chính trị, trong đó cấp ủy'),
 (11, 'đảng lãnh đạo, chính quyền quản lý, Mặt trận Tổ quốc và các đoàn thể'),
 (11, 'nhân dân làm nòng cốt, mỗi cán bộ, đảng viên là một người làm dân vận.'),
 (11, ''),
 (11, 'Phương châm “dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân'),
 (11, 'thụ hưởng” phải được thực hiện nghiêm túc ở từng thôn, tổ dân phố và'),
], 1)
page([
 (11, 'trong từng cơ quan, đơn vị.'),
 (11, ''),
 (12, 'Điều 1. Phạm vi áp dụng'),
 (11, '1. Hướng dẫn này áp dụng đối với các cơ quan, tổ chức trong hệ thống chính trị.'),
 (11, '2. Cán bộ làm công tác dân vận phải gần dân, hiểu dân và có trách nhiệm với dân.'),
], 2)
c.save()
