package vn.chibo.policy;

/**
 * The term-start and annual artefacts a cell is expected to adopt (BR-P7, S003); which of them a committee expects is
 * policy data ({@link PolicyProfile#expectedArtefacts}).
 */
public enum ArtefactKind {
    /** Chương trình công tác (toàn khóa / năm). */
    WORK_PROGRAMME,
    /** Chương trình kiểm tra, giám sát. */
    INSPECTION_PROGRAMME,
    /** Phân công nhiệm vụ trong chi ủy. */
    TASK_ASSIGNMENT,
    /** Bản cam kết tu dưỡng, rèn luyện của đảng viên. */
    MEMBER_COMMITMENTS
}
