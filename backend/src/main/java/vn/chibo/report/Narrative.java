package vn.chibo.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The written sections of a report, in the order of a party report: Kết quả đạt được, Hạn chế, Nguyên nhân,
 * Bài học kinh nghiệm, Phương hướng nhiệm vụ; with the document number and the place on the date line.
 */
@Embeddable
public class Narrative {
    @Column(name = "document_number")
    public String documentNumber;
    public String place;
    public String results;
    public String shortcomings;
    public String causes;
    public String lessons;
    public String directions;

    Narrative copy() {
        Narrative n = new Narrative();
        n.documentNumber = documentNumber;
        n.place = place;
        n.results = results;
        n.shortcomings = shortcomings;
        n.causes = causes;
        n.lessons = lessons;
        n.directions = directions;
        return n;
    }
}
