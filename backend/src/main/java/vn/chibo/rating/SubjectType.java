package vn.chibo.rating;

/** What is rated (DOMAIN.md 18.6 subject_type): a party organisation (a cell) or a party member. */
public enum SubjectType {
    ORGANIZATION, MEMBER
}
