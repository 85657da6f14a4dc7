package vn.chibo.notice;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

/** The one place that talks to the SMTP server (Quarkus Mailer); a failure is an exception the job records. */
@ApplicationScoped
public class MailGateway {
    private final Mailer mailer;

    public MailGateway(Mailer mailer) {
        this.mailer = mailer;
    }

    public void send(String to, String subject, String text) {
        mailer.send(Mail.withText(to, subject, text));
    }
}
