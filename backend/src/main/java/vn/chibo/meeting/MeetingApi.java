package vn.chibo.meeting;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.chibo.member.Attachment;
import vn.chibo.member.Member;
import vn.chibo.member.MemberStatus;
import vn.chibo.organization.OrganizationHistory;
import vn.chibo.policy.DecisionKind;
import vn.chibo.policy.PolicyApi;
import vn.chibo.resolution.ResolutionApi;

/** Bodies of the meeting endpoints (schemas in openapi.yaml). */
public final class MeetingApi {
    private MeetingApi() {}

    public record MemberRef(UUID id, String fullName) {
        public static MemberRef of(Member m) {
            return m == null ? null : new MemberRef(m.id, m.fullName);
        }
    }

    public record Warning(String code, String message) {}

    /** BR-M2 evidence: the secretary who assigned the preparer, and when. */
    public record PreparerAssignment(MemberRef assignedBy, OffsetDateTime assignedAt) {}

    /** BR-R5 evidence: final documents and resolution published and sent to the upper committee, and the due day. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Publication(OffsetDateTime publishedAt, String publishedBy, LocalDate dueDate) {}

    /**
     * BR-M4 / BR-R5 evidence: when the meeting's document pack was last reported posted to the Sổ tay app, with
     * documents and agenda (before the meeting) and with the approved minutes and resolution (after it).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PackPostings(OffsetDateTime beforeMeeting, OffsetDateTime afterMeeting) {}

    public record Summary(UUID id, UUID organizationId, String organizationName, MeetingType type, boolean isModel,
                          MeetingMode mode, String title, OffsetDateTime scheduledStart, int plannedDurationMinutes,
                          String place, String onlineLink, MeetingStatus status, long version) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Upcoming(UUID id, UUID organizationId, String organizationName, MeetingType type, boolean isModel,
                           MeetingMode mode, String title, OffsetDateTime scheduledStart, int plannedDurationMinutes,
                           String place, String onlineLink, MeetingStatus status, long version,
                           List<DocumentView> documents) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record View(UUID id, UUID organizationId, String organizationName, MeetingType type, boolean isModel,
                       MeetingMode mode, String title, OffsetDateTime scheduledStart, int plannedDurationMinutes,
                       String place, String onlineLink, MeetingStatus status, long version,
                       MemberRef chair, MemberRef preparer, MemberRef minuteTaker,
                       OffsetDateTime actualStart, OffsetDateTime actualEnd, OffsetDateTime notifiedAt,
                       PreparerAssignment preparerAssignment, Publication publication, PackPostings packPostings,
                       UUID preparesMeetingId, UUID preMeetingId,
                       List<Change> history, List<AgendaItemView> agenda, List<DocumentView> documents,
                       List<AttendanceEntry> attendance, List<NotExpected> notExpected, List<GuestView> guests,
                       List<SpeechView> speeches, List<VoteView> votes, List<ResolutionApi.TaskView> openTasksToReview,
                       Figures figures, List<Warning> warnings, PolicyApi.View policy,
                       OrganizationHistory.OnDay organizationOnMeetingDay) {}

    /** {@code presentOnline} attended online; they are in {@code present} only if {@code onlineAttendanceCounted} (BR-H9). */
    public record Figures(int expected, int present, int excused, int unexcused, int notRecorded,
                          double attendanceRate, int distinctSpeakers, double speakingRate, Integer durationMinutes,
                          Double previousResolutionCompletionRate, int presentOnline, boolean onlineAttendanceCounted) {}

    public record Change(OffsetDateTime at, String actor, MeetingChange.Kind kind, String reason,
                         OffsetDateTime fromStart, OffsetDateTime toStart) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AgendaItemView(UUID id, int position, AgendaPart part, String kind, String title, MemberRef presenter,
                                 Integer plannedMinutes) {}

    public record DocumentView(UUID id, DocumentKind kind, String fileName, String contentType, long sizeBytes,
                               String sha256, OffsetDateTime publishedAt, String publishedBy, boolean late) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AttendanceEntry(UUID memberId, String fullName, MemberStatus memberStatus, Attachment attachment,
                                  AttendanceStatus status, AbsenceReason reasonCategory, String reasonText,
                                  int consecutiveExcusedAbsences, long version) {}

    public record NotExpected(UUID memberId, String fullName, String why) {}

    public record GuestView(UUID id, String name, String role, String organizationName) {
        static GuestView of(Guest g) {
            return new GuestView(g.id, g.name, g.role, g.organizationName);
        }
    }

    public record SpeechView(UUID id, UUID memberId, UUID guestId, String speakerName, UUID agendaItemId,
                             String summary) {}

    public record BallotView(UUID memberId, String fullName, Vote.Choice choice) {}

    /**
     * A recorded vote: {@code rule} is the pass rule of {@code policyId} for its {@code decisionKind} (BR-H8);
     * {@code opinionsDiffered} and {@code furtherDiscussion} what the chair recorded about the debate (BR-H10).
     */
    public record VoteView(UUID id, String subject, Vote.Method method, int forCount, int againstCount,
                           int abstainCount, int eligible, boolean passed, String rule, List<BallotView> ballots,
                           DecisionKind decisionKind, UUID policyId, boolean opinionsDiffered, Boolean furtherDiscussion) {
        static VoteView of(Vote v, List<BallotView> ballots) {
            return new VoteView(v.id, v.subject, v.method, v.forCount, v.againstCount, v.abstainCount, v.eligible,
                    v.passed, v.rule, ballots, v.decisionKind, v.policyId, v.opinionsDiffered, v.furtherDiscussion);
        }
    }

    public record Create(@NotNull MeetingType type,
                         Boolean isModel,
                         MeetingMode mode,
                         @Size(max = 300) String title,
                         @NotNull OffsetDateTime scheduledStart,
                         @Min(15) @Max(1440) Integer plannedDurationMinutes,
                         @Size(max = 300) String place,
                         @Size(max = 500) @Pattern(regexp = "https?://\\S+") String onlineLink,
                         UUID chairId, UUID preparerId, UUID minuteTakerId,
                         UUID preparesMeetingId, UUID preparerAssignedById) {}

    public record Patch(@NotNull @PositiveOrZero Long version,
                        Boolean isModel,
                        MeetingMode mode,
                        @Size(max = 300) String title,
                        OffsetDateTime scheduledStart,
                        @Min(15) @Max(1440) Integer plannedDurationMinutes,
                        @Size(max = 300) String place,
                        @Size(max = 500) @Pattern(regexp = "https?://\\S+") String onlineLink,
                        UUID chairId, UUID preparerId, UUID minuteTakerId, UUID preparerAssignedById) {}

    public record Recurring(@NotNull @Min(2000) @Max(2100) Integer year,
                            @NotNull @Min(1) @Max(31) Integer dayOfMonth,
                            @NotNull @Pattern(regexp = "^([01][0-9]|2[0-3]):[0-5][0-9]$") String time,
                            @Size(max = 300) String place,
                            @Min(15) @Max(1440) Integer plannedDurationMinutes) {}

    public record Postpone(@NotNull @PositiveOrZero Long version, @NotBlank @Size(max = 1000) String reason,
                           OffsetDateTime newStart) {}

    public record Cancel(@NotNull @PositiveOrZero Long version, @NotBlank @Size(max = 1000) String reason) {}

    public record VersionOnly(@NotNull @PositiveOrZero Long version) {}

    public record Times(@NotNull @PositiveOrZero Long version, @NotNull OffsetDateTime actualStart,
                        @NotNull OffsetDateTime actualEnd) {}

    public record AgendaItemInput(@NotNull AgendaPart part, @NotBlank @Size(max = 60) String kind,
                                  @NotBlank @Size(max = 300) String title, UUID presenterId,
                                  @Min(0) @Max(1440) Integer plannedMinutes) {}

    public record AgendaUpdate(@NotNull @PositiveOrZero Long version,
                               @NotNull @Size(max = 100) List<@Valid @NotNull AgendaItemInput> items) {}

    public record AgendaTemplate(MeetingType meetingType, List<AgendaItemInput> items) {}

    public record AttendanceUpdate(@NotNull AttendanceStatus status, AbsenceReason reasonCategory,
                                   @Size(max = 500) String reasonText, @PositiveOrZero Long version) {}

    public record GuestCreate(@NotBlank @Size(max = 200) String name, @Size(max = 200) String role,
                              @Size(max = 300) String organizationName) {}

    public record SpeechCreate(UUID memberId, UUID guestId, UUID agendaItemId, @Size(max = 5000) String summary) {}

    public record BallotInput(@NotNull UUID memberId, @NotNull Vote.Choice choice) {}

    public record VoteCreate(@NotBlank @Size(max = 500) String subject, @NotNull Vote.Method method,
                             @Min(0) Integer forCount, @Min(0) Integer againstCount, @Min(0) Integer abstainCount,
                             @Size(max = 10000) List<@Valid @NotNull BallotInput> ballots,
                             DecisionKind decisionKind, Boolean opinionsDiffered, Boolean furtherDiscussion) {}

    public record MonthCompliance(int month, boolean regularHeld, boolean regularScheduled, UUID meetingId) {}

    public record QuarterCompliance(int quarter, boolean topicalHeld) {}

    public record Compliance(UUID organizationId, int year, List<MonthCompliance> months,
                             List<QuarterCompliance> quarters) {}
}
