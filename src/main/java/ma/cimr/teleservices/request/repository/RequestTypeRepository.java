package ma.cimr.teleservices.request.repository;

import ma.cimr.teleservices.request.RequestType;
import ma.cimr.teleservices.request.RequiredDocument;

import java.util.List;
import java.util.Map;

public interface RequestTypeRepository {

    /** Every request type with its deadline rule and complaint scheme. */
    List<RequestType> findAll();

    /** The documents each kind of request asks for, by type code, in their order; a kind asking for none is absent. */
    Map<String, List<RequiredDocument>> findDocuments();
}
