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

/** Vietnamese messages of the term-start and annual artefacts checklist (BR-P7). */
export const viArtefacts = {
  'artefacts.title': 'Văn bản đầu nhiệm kỳ, hằng năm',
  'artefacts.year': 'Năm',
  'artefacts.caption': 'Chương trình, phân công, cam kết năm {year}',
  'artefacts.cell': 'Chi bộ',
  'artefacts.term': '(nhiệm kỳ {from}–{to})',
  'artefacts.state': 'Tình trạng',
  'artefacts.summary': '{complete}/{cells} chi bộ đã đủ; hạn hoàn thành {due}.',
  'artefacts.tick': '{kind} — {cell}',
  'artefacts.pages': 'Trang danh sách chi bộ',
  'artefacts.kind.WORK_PROGRAMME': 'Chương trình công tác',
  'artefacts.kind.INSPECTION_PROGRAMME': 'Chương trình kiểm tra, giám sát',
  'artefacts.kind.TASK_ASSIGNMENT': 'Phân công nhiệm vụ chi ủy',
  'artefacts.kind.MEMBER_COMMITMENTS': 'Cam kết của đảng viên',
  'artefacts.level.COMPLETE': 'Đủ',
  'artefacts.level.INFO': 'Còn thiếu',
  'artefacts.level.WARN': 'Quá hạn, còn thiếu',
  'alerts.kind.ARTEFACTS_MISSING': 'Thiếu văn bản đầu nhiệm kỳ, hằng năm',
  'alerts.kind.MEETING_NOT_SCORED': 'Buổi sinh hoạt chưa tự chấm điểm',
  'alerts.go.artefacts': 'Mở danh mục văn bản',
};

/** Vietnamese labels of legal references (BR-D6). */
export const viLegal = {
  'legal.reference': 'Căn cứ: {type} số {number} ({issuer}), ngày {date}',
  'legal.type.HUONG_DAN': 'Hướng dẫn',
  'legal.type.QUYET_DINH': 'Quyết định',
  'legal.type.QUY_DINH': 'Quy định',
  'legal.type.CHI_THI': 'Chỉ thị',
  'legal.type.NGHI_QUYET': 'Nghị quyết',
  'legal.type.KET_LUAN': 'Kết luận',
  'legal.type.KE_HOACH': 'Kế hoạch',
  'legal.type.CONG_VAN': 'Công văn',
  'legal.type.KHAC': 'Văn bản',
};
