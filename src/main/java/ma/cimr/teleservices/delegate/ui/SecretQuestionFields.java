package ma.cimr.teleservices.delegate.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.account.SecretQuestion;

import java.util.ArrayList;
import java.util.List;

/**
 * Up to three secret questions with their answers, chosen with the user: they are how the user
 * gets their access back on their own. Rows left empty do not count; answers are never shown again.
 */
class SecretQuestionFields extends FormLayout {

    static final int ROWS = 3;

    private final List<TextField> questions = new ArrayList<>();
    private final List<TextField> answers = new ArrayList<>();

    SecretQuestionFields() {
        addClassName("secret-question-fields");
        for (int i = 1; i <= ROWS; i++) {
            var question = new TextField(getTranslation("delegate.secret.question", i));
            question.setPlaceholder(getTranslation("delegate.secret.example." + i));
            question.addClassName("secret-question-" + i);
            var answer = new TextField(getTranslation("delegate.secret.answer", i));
            answer.addClassName("secret-answer-" + i);
            questions.add(question);
            answers.add(answer);
            add(question, answer);
        }
    }

    List<SecretQuestion> value() {
        List<SecretQuestion> filled = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            String question = questions.get(i).getValue();
            String answer = answers.get(i).getValue();
            if (!question.isBlank() || !answer.isBlank()) {
                filled.add(new SecretQuestion(question, answer));
            }
        }
        return filled;
    }

    void clear() {
        questions.forEach(TextField::clear);
        answers.forEach(TextField::clear);
    }
}
