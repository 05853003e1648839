package ma.cimr.teleservices.request.repository;

import ma.cimr.teleservices.request.AnswerTemplate;

import java.util.List;

public interface AnswerTemplateRepository {

    List<AnswerTemplate> findByLanguage(String language);
}
