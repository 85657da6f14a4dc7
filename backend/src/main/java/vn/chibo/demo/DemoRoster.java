package vn.chibo.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the history planner needs to know about one demo cell: plain data, so the plan of a whole
 * year can be computed (and tested) without a database.
 *
 * @param supervisor the username of the upper-level member who verifies this cell's evaluations
 * @param evening    village and residential cells meet in the evening, offices in the afternoon
 */
public record DemoRoster(String code, String name, String supervisor, String secretaryLogin, boolean evening,
                         List<Person> members) {

    /** A member on the cell's roster; exempt members are left out of attendance, as the product does. */
    public record Person(UUID id, String name, LocalDate joined, boolean exempt, String username) {}

    /** The members expected at a meeting on that day: those who had joined and are not exempt. */
    public List<Person> expected(LocalDate day) {
        return members.stream().filter(p -> !p.exempt() && !p.joined().isAfter(day)).toList();
    }

    public Person secretary() {
        return members.get(0);
    }

    public Person deputy() {
        return members.get(1);
    }
}
