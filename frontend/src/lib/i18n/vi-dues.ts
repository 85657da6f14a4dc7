/** Vietnamese messages of party dues (đảng phí) and BR-H6. */
export const viDues = {
  'dues.title': 'Đảng phí',
  'dues.open': 'Đảng phí',
  'dues.month': 'Tháng',
  'dues.caption': 'Đảng phí tháng {month}',
  'dues.member': 'Đảng viên',
  'dues.status': 'Tình trạng',
  'dues.reason': 'Lý do miễn',
  'dues.statusOf': 'Đảng phí của {name}',
  'dues.reasonOf': 'Lý do miễn đảng phí của {name}',
  'dues.status.none': '— Chưa ghi —',
  'dues.status.PAID': 'Đã đóng',
  'dues.status.UNPAID': 'Chưa đóng (không có lý do)',
  'dues.status.EXEMPT': 'Miễn (có lý do)',
  'dues.save': 'Lưu đảng phí tháng',
  'dues.saved': 'Đã lưu.',
  'dues.recorded': 'Ghi lần cuối bởi {by} lúc {at}.',
  'dues.notRecorded': 'Tháng này chưa ghi đảng phí.',
  'dues.hint':
    'Đảng viên bỏ sinh hoạt hoặc không đóng đảng phí không có lý do chính đáng từ 3 tháng trong năm sẽ được cảnh báo để chi bộ xem xét, đề nghị xóa tên (số tháng theo bộ quy định áp dụng).',
  'alerts.kind.MEMBER_REMOVAL_REVIEW': 'Đảng viên cần xem xét xóa tên',
  'alerts.go.dues': 'Mở đảng phí',
};
